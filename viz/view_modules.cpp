// The module resolution tree: every require() up to the cursor, with each
// step Node's loader took (the directories searched, every candidate tried
// and whether it was there, package.json's main, cache hits and cycles,
// built-ins), then its load; requires made while a module loads nest under
// it. The current step is lit; click a step to move the cursor there.
#include <functional>

#include "model/event_text.hpp"
#include "palette.hpp"
#include "ui_util.hpp"
#include "view.hpp"

namespace ts::viz {

namespace {

ImU32 outcome_colour(RequireOutcome o) {
  switch (o) {
    case RequireOutcome::File: return palette::kBluishGreen;
    case RequireOutcome::Core: return palette::kSkyBlue;
    case RequireOutcome::Cached: return palette::kGrey;
    case RequireOutcome::Cycle: return palette::kOrange;
    case RequireOutcome::NotFound: return palette::kVermillion;
    case RequireOutcome::Pending: return palette::kYellow;
  }
  return palette::kGrey;
}

}  // namespace

void View::draw_modules() {
  if (!session_) return;
  const TraceModel& model = session_->model();
  const ModulesModel& modules = model.modules();
  const trace::EventLog& log = session_->log();
  const trace::StringTable& strings = session_->strings();
  const size_t cursor = std::min(session_->cursor(), model.ingested());
  const uint32_t current = cursor > 0 ? static_cast<uint32_t>(cursor - 1) : kNone;

  size_t shown = 0;
  for (const auto& n : modules.nodes()) shown += n.event < cursor ? 1 : 0;
  ImGui::TextDisabled("%zu require() call%s so far", shown, shown == 1 ? "" : "s");
  ImGui::SameLine();
  help_marker("How require() found each module: the request, the directories it searched, every "
              "path it tried (\xE2\x9C\x93 there, \xE2\x9C\x97 missing), package.json's main, "
              "require.cache hits (a cycle returns a partial exports object), and the load. Built-in "
              "modules win over files.");
  if (shown == 0) {
    ImGui::TextDisabled("No require() yet.");
    return;
  }

  // Depth-first, children after their parent's steps. Recursion is fine:
  // require depth is small.
  std::function<void(uint32_t)> draw_node = [&](uint32_t index) {
    const RequireNode& node = modules.nodes()[index];
    if (node.event >= cursor) return;
    const bool settled = node.outcome_event != kNone && node.outcome_event < cursor;
    const RequireOutcome outcome = settled ? node.outcome : RequireOutcome::Pending;
    const std::string request(strings.get(node.request));
    std::string label = "require('" + request + "')";
    if (settled && node.filename != 0 && outcome != RequireOutcome::Core) {
      label += "  \xE2\x86\x92 " + std::string(base_name(strings.get(node.filename)));
    }
    label += "  [" + std::string(require_outcome_name(outcome)) + "]";
    ImGui::PushID(static_cast<int>(index));
    ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(outcome_colour(outcome)));
    const bool open = ImGui::TreeNodeEx("node", ImGuiTreeNodeFlags_SpanAvailWidth, "%s", label.c_str());
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip("require id #%u, from %s\nat event %u", node.id,
                        std::string(strings.get(node.parent_file)).c_str(), node.event + 1);
    }
    if (open) {
      for (uint32_t step : node.steps) {
        if (step >= cursor) break;
        const trace::Event& e = log[step];
        std::string text;
        ImU32 colour = palette::kLightGrey;
        const auto s = [&](int i) { return std::string(strings.get(static_cast<uint32_t>(e.arg[i]))); };
        switch (e.kind) {
          case trace::EventKind::ModulePaths:
            text = "search " + shorten(s(1), 120);
            colour = palette::kGrey;
            break;
          case trace::EventKind::ModuleTry: {
            const bool there = s(2) != "missing";
            text = std::string(there ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 ") + s(0) + "  (as " + s(1) + ": " + s(2) + ")";
            colour = there ? palette::kBluishGreen : palette::kVermillion;
            break;
          }
          case trace::EventKind::ModulePackage:
            text = "package.json " + s(0) + ": main = '" + s(1) + "'";
            break;
          case trace::EventKind::ModuleCore:
            text = "built-in module '" + s(1) + "'" + (e.arg[2] ? " (already loaded)" : "");
            colour = palette::kSkyBlue;
            break;
          case trace::EventKind::ModuleCache:
            text = e.arg[2] ? "require.cache hit: " + s(1)
                            : "require.cache: " + s(1) + " is still loading: a cycle, partial exports";
            colour = e.arg[2] ? palette::kGrey : palette::kOrange;
            break;
          case trace::EventKind::ModuleResolved: text = "resolved: " + s(1); colour = palette::kBluishGreen; break;
          case trace::EventKind::ModuleNotFound:
            text = "MODULE_NOT_FOUND after " + std::to_string(e.arg[1]) + " candidates";
            colour = palette::kVermillion;
            break;
          case trace::EventKind::ModuleLoad: text = "load (" + s(1) + ")"; break;
          case trace::EventKind::ModuleLoaded:
            text = std::string(e.arg[2] ? "threw while loading" : "loaded") + " in " +
                   format_duration(static_cast<uint64_t>(e.arg[1]));
            colour = e.arg[2] ? palette::kVermillion : palette::kGrey;
            break;
          default: text = trace::kind_info(e.kind).name; break;
        }
        ImGui::PushID(static_cast<int>(step));
        if (step == current) {
          const ImVec2 p = ImGui::GetCursorScreenPos();
          ImGui::GetWindowDrawList()->AddRectFilled(
              p, ImVec2(p.x + ImGui::GetContentRegionAvail().x, p.y + ImGui::GetTextLineHeight()),
              palette::kHighlight);
        }
        ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(colour));
        if (ImGui::Selectable(text.c_str(), false)) jump_to(step);
        ImGui::PopStyleColor();
        ImGui::PopID();
        // Nested requires appear where they happened: after the load began.
        if (e.kind == trace::EventKind::ModuleLoad) {
          for (uint32_t child : node.children) draw_node(child);
        }
      }
      if (node.load == kNone || node.load >= cursor) {
        for (uint32_t child : node.children) draw_node(child);
      }
      ImGui::TreePop();
    }
    ImGui::PopID();
  };
  for (uint32_t root : modules.roots()) draw_node(root);
}

}  // namespace ts::viz
