// The script's source, with two lines lit:
//   - where the running callback is defined ("function NAME"), in its kind's
//     colour; the main script when no callback runs;
//   - a guess at the statement behind the current event: the line that
//     prints the text a console.write wrote, the require('x') of a
//     module.require, the setTimeout/setImmediate/nextTick whose callback a
//     timer.insert / immediate.enqueue / tick.enqueue queued, the Buffer call
//     of a buffer.alloc.
// Events carry no line numbers (Duktape's stack is not walked per event), so
// these are found by searching the text; the panel says so.
#include <fstream>

#include "model/event_text.hpp"
#include "palette.hpp"
#include "ui_util.hpp"
#include "view.hpp"

namespace ts::viz {

namespace {

bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
}

// "function NAME" as whole words.
int find_function(const std::vector<std::string>& lines, const std::string& name) {
  if (name.empty()) return -1;
  const std::string needle = "function " + name;
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t at = lines[i].find(needle);
    while (at != std::string::npos) {
      const size_t end = at + needle.size();
      if (end >= lines[i].size() || !is_word(lines[i][end])) return static_cast<int>(i);
      at = lines[i].find(needle, at + 1);
    }
  }
  return -1;
}

// The first line (at or after `from`, else any) containing `text`.
int find_text(const std::vector<std::string>& lines, const std::string& text, int from) {
  if (text.empty()) return -1;
  for (size_t i = static_cast<size_t>(std::max(0, from)); i < lines.size(); ++i) {
    if (lines[i].find(text) != std::string::npos) return static_cast<int>(i);
  }
  for (size_t i = 0; i < lines.size() && static_cast<int>(i) < from; ++i) {
    if (lines[i].find(text) != std::string::npos) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

void View::draw_source() {
  begin_panel_rect("Source");
  if (!ImGui::Begin("Source", nullptr, kPanelFlags)) {
    ImGui::End();
    return;
  }
  record_rect("source");
  if (!session_) {
    ImGui::End();
    return;
  }
  const TraceModel& model = session_->model();
  const trace::StringTable& strings = session_->strings();
  const trace::EventLog& log = session_->log();
  const size_t cursor = std::min(session_->cursor(), model.ingested());

  const std::string path = session_->script_path();
  if (path != source_path_) {
    source_path_ = path;
    source_lines_.clear();
    std::ifstream in(path);
    source_missing_ = !in;
    std::string line;
    while (std::getline(in, line)) {
      for (char& c : line) {
        if (c == '\t') c = ' ';
      }
      source_lines_.push_back(line);
    }
    source_last_lit_ = -1;
  }
  if (source_missing_) {
    ImGui::TextWrapped("The script's source is not available here (%s).", path.empty() ? "no script" : path.c_str());
    ImGui::End();
    return;
  }

  // Where the running callback is defined.
  const uint32_t running = model.innermost_at(cursor, SpanKind::Callback);
  int def_line = -1;
  ImU32 def_colour = palette::kLightGrey;
  std::string running_text = "the main script";
  if (running != kNone) {
    const Span& s = model.spans()[running];
    const std::string name(strings.get(s.label));
    def_line = find_function(source_lines_, name);
    def_colour = palette::callback(s.callback);
    running_text = model.callback_name(s, strings) + " (" + callback_kind_name(s.callback) +
                   " #" + std::to_string(s.id) + ")";
  } else if (model.innermost_at(cursor, SpanKind::Script) == kNone) {
    running_text = cursor == 0 ? "nothing yet" : "no JavaScript (the loop itself)";
  }

  // A guess at the statement behind the current event.
  int stmt_line = -1;
  if (cursor > 0) {
    const trace::Event& e = log[cursor - 1];
    const int from = std::max(0, def_line);
    const auto queued_name = [&]() -> std::string {
      const QueuesModel& q = model.queues();
      uint32_t slot = kNone;
      switch (e.kind) {
        case trace::EventKind::TimerInsert: {
          slot = q.timer_before(e.id, static_cast<uint32_t>(cursor));
          return slot == kNone ? "" : std::string(strings.get(q.timers()[slot].name));
        }
        case trace::EventKind::ImmediateEnqueue:
          slot = q.immediate_by_id(e.id);
          return slot == kNone ? "" : std::string(strings.get(q.immediates()[slot].name));
        case trace::EventKind::TickEnqueue:
          slot = q.tick_by_id(e.id);
          return slot == kNone ? "" : std::string(strings.get(q.ticks()[slot].name));
        case trace::EventKind::MicrotaskEnqueue:
          slot = q.microtask_by_id(e.id);
          return slot == kNone ? "" : std::string(strings.get(q.microtasks()[slot].name));
        default: return "";
      }
    };
    switch (e.kind) {
      case trace::EventKind::ConsoleWrite: {
        std::string text(strings.get(static_cast<uint32_t>(e.arg[2])));
        const size_t nl = text.find('\n');
        if (nl != std::string::npos) text.resize(nl);
        // The longest prefix (of at least 5 bytes) found in the source:
        // printed text is often a literal followed by a value.
        for (size_t n = std::min<size_t>(text.size(), 40); n >= 5 && stmt_line < 0; --n) {
          stmt_line = find_text(source_lines_, text.substr(0, n), from);
        }
        break;
      }
      case trace::EventKind::ModuleRequire: {
        const std::string req(strings.get(static_cast<uint32_t>(e.arg[0])));
        stmt_line = find_text(source_lines_, "require('" + req + "')", 0);
        if (stmt_line < 0) stmt_line = find_text(source_lines_, "require(\"" + req + "\")", 0);
        break;
      }
      case trace::EventKind::TimerInsert:
      case trace::EventKind::ImmediateEnqueue:
      case trace::EventKind::TickEnqueue:
      case trace::EventKind::MicrotaskEnqueue: {
        const std::string name = queued_name();
        if (name != "promiseReactionJob") stmt_line = find_function(source_lines_, name);
        if (stmt_line < 0 && e.kind == trace::EventKind::MicrotaskEnqueue) {
          stmt_line = find_text(source_lines_, ".then(", from);
        }
        break;
      }
      case trace::EventKind::BufferAlloc:
      case trace::EventKind::BufferPoolTake:
      case trace::EventKind::BufferSlabNew:
      case trace::EventKind::BufferSlabRetire:
      case trace::EventKind::BufferExternal: {
        // The Buffer call behind this: the nearest buffer.alloc at or before it.
        for (size_t k = cursor; k-- > 0 && k + 8 >= cursor;) {
          if (log[k].kind != trace::EventKind::BufferAlloc) continue;
          const std::string api(strings.get(static_cast<uint32_t>(log[k].arg[2])));
          stmt_line = find_text(source_lines_, "Buffer." + api + "(", from);
          break;
        }
        break;
      }
      default: break;
    }
  }

  ImGui::TextDisabled("%s", std::string(base_name(path)).c_str());
  ImGui::SameLine();
  help_marker("The coloured bar marks where the running callback is defined; the yellow one is a "
              "guess at the line behind the current event (found by searching the source for what "
              "the event names: the printed text, the required module, the queued function).");
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(def_colour));
  ImGui::TextWrapped("running: %s", running_text.c_str());
  ImGui::PopStyleColor();
  ImGui::Separator();

  ImGui::BeginChild("source-lines", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  if (font_mono_ != nullptr) ImGui::PushFont(font_mono_);
  const float line_h = ImGui::GetTextLineHeightWithSpacing();
  const int focus = stmt_line >= 0 ? stmt_line : def_line;
  if (focus >= 0 && focus != source_last_lit_) {
    const float target = static_cast<float>(focus) * line_h - ImGui::GetWindowHeight() * 0.35f;
    ImGui::SetScrollY(std::max(0.0f, target));
    source_last_lit_ = focus;
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float gutter = ImGui::CalcTextSize("0000 ").x;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(source_lines_.size()), line_h);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const float w = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetWindowWidth());
      if (i == def_line) {
        dl->AddRectFilled(p, ImVec2(p.x + w, p.y + line_h), palette::with_alpha(def_colour, 70));
        dl->AddRectFilled(p, ImVec2(p.x + 4, p.y + line_h), def_colour);
        probe("source.def", ImVec2(p.x + 2, p.y + line_h * 0.5f), def_colour);
      }
      if (i == stmt_line) {
        dl->AddRectFilled(p, ImVec2(p.x + w, p.y + line_h), palette::with_alpha(palette::kYellow, 60));
        dl->AddRectFilled(ImVec2(p.x + gutter - 8, p.y), ImVec2(p.x + gutter - 4, p.y + line_h), palette::kYellow);
      }
      ImGui::TextDisabled("%4d", i + 1);
      ImGui::SameLine(gutter);
      ImGui::TextUnformatted(source_lines_[static_cast<size_t>(i)].c_str());
    }
  }
  if (font_mono_ != nullptr) ImGui::PopFont();
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace ts::viz
