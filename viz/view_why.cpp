// "Why did this run now?": for the selected callback (or, by default, the
// one running at the cursor), who scheduled it, which queue it waited in and
// for how long, and the rule of Node's loop that released it, linked to the
// Node source the rule lives in and the tickscope file that mirrors it.
#include "model/event_text.hpp"
#include "model/why.hpp"
#include "palette.hpp"
#include "ui_util.hpp"
#include "view.hpp"

namespace ts::viz {

void View::draw_why() {
  if (!session_) return;
  const TraceModel& model = session_->model();
  const uint32_t span = explained_span();
  if (follow_running_) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Explaining the callback at the cursor. Click one in the timeline or the queues to pin it.");
    ImGui::PopStyleColor();
  } else {
    ImGui::TextDisabled("Pinned.");
    ImGui::SameLine();
    if (ImGui::SmallButton("follow the cursor again (Esc)")) follow_running_ = true;
  }
  if (span == kNone) {
    ImGui::TextWrapped("No callback has run yet. Step forward (Right) until one does.");
    return;
  }
  const Explanation why = explain_callback(model, session_->log(), session_->strings(), span);
  if (!why.ok) {
    ImGui::TextDisabled("Nothing to explain here.");
    return;
  }
  const Span& s = model.spans()[span];
  const ImU32 colour = s.kind == SpanKind::Script ? palette::kLightGrey : palette::callback(s.callback);
  {
    ImFont* big = font_big_ != nullptr ? font_big_ : ImGui::GetFont();
    ImGui::PushFont(big);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + 6, p.y + h), colour);
    probe("why.title", ImVec2(p.x + 3, p.y + h * 0.5f), colour);
    ImGui::SetCursorScreenPos(ImVec2(p.x + 12, p.y));
    ImGui::TextWrapped("%s", why.title.c_str());
    ImGui::PopFont();
  }
  ImGui::Spacing();
  if (ImGui::BeginTable("why-facts", 2, ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("scheduled by ").x);
    ImGui::TableSetupColumn("text", ImGuiTableColumnFlags_WidthStretch);
    int n = 0;
    for (const WhyLine& line : why.lines) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextDisabled("%s", line.label.c_str());
      ImGui::TableSetColumnIndex(1);
      ImGui::PushID(n++);
      if (line.event != kNone) {
        if (link("go \xE2\x86\x92")) jump_to(line.event);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("move the cursor to that event");
        ImGui::SameLine();
      }
      ImGui::TextWrapped("%s", line.text.c_str());
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::Spacing();
  // The rule, set apart.
  ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::vec(palette::dim(colour, 0.82f)));
  const float wrap = ImGui::GetContentRegionAvail().x - 16;
  const ImVec2 text_size = ImGui::CalcTextSize(why.rule.c_str(), nullptr, false, wrap);
  ImGui::BeginChild("why-rule", ImVec2(0, text_size.y + ImGui::GetTextLineHeight() * 2.2f), true);
  ImGui::TextColored(palette::vec(colour), "The rule");
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(why.rule.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
  ImGui::PopStyleColor();
  if (!why.node_source.empty()) {
    ImGui::TextDisabled("Node:");
    ImGui::SameLine();
    ImGui::TextWrapped("%s", why.node_source.c_str());
    if (link(why.node_url.c_str())) ImGui::SetClipboardText(why.node_url.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("click to copy the link");
  }
  if (!why.mirror.empty()) {
    ImGui::TextDisabled("tickscope:");
    ImGui::SameLine();
    ImGui::TextWrapped("%s", why.mirror.c_str());
  }
}

}  // namespace ts::viz
