// Console output up to the cursor, each line linked to the console.write
// event that printed it: click a line to move the cursor there. The line of
// the current event is lit; stderr is in vermillion.
#include "palette.hpp"
#include "ui_util.hpp"
#include "view.hpp"

namespace ts::viz {

void View::draw_console() {
  begin_panel_rect("Console");
  if (!ImGui::Begin("Console", nullptr, kPanelFlags)) {
    ImGui::End();
    return;
  }
  record_rect("console");
  if (!session_) {
    ImGui::End();
    return;
  }
  const TraceModel& model = session_->model();
  const ConsoleModel& console = model.console();
  const size_t cursor = std::min(session_->cursor(), model.ingested());
  const uint32_t current = cursor > 0 ? static_cast<uint32_t>(cursor - 1) : kNone;
  const size_t n = console.lines_before(cursor);
  if (n == 0) {
    ImGui::TextDisabled("Nothing printed yet.");
    ImGui::End();
    return;
  }
  if (font_mono_ != nullptr) ImGui::PushFont(font_mono_);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(n));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const ConsoleLine& line = console.lines()[static_cast<size_t>(i)];
      const std::string text(console.line_text(line));
      ImGui::PushID(i);
      if (line.is_stderr) ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(palette::kVermillion));
      if (ImGui::Selectable(text.empty() ? " " : text.c_str(), line.event == current)) jump_to(line.event);
      if (line.is_stderr) ImGui::PopStyleColor();
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("printed by event %u: click to go there", line.event + 1);
      ImGui::PopID();
    }
  }
  if (font_mono_ != nullptr) ImGui::PopFont();
  // Keep the newest line in view as the cursor moves forward.
  if (cursor != console_last_cursor_) {
    if (console_last_cursor_ == SIZE_MAX || cursor > console_last_cursor_) ImGui::SetScrollHereY(1.0f);
    console_last_cursor_ = cursor;
  }
  ImGui::End();
}

}  // namespace ts::viz
