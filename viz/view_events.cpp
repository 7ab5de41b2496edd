// The event list: every recorded event, filtered by category and searched
// (kind, strings, ids), through ImGuiListClipper over the filter's index so
// a million rows cost what the visible ones cost. The current event is lit,
// events after the cursor are dimmed; click a row to move the cursor there.
#include "model/event_text.hpp"
#include "palette.hpp"
#include "ui_util.hpp"
#include "view.hpp"

#include <imgui_stdlib.h>

namespace ts::viz {

void View::draw_events() {
  if (!session_) return;
  const trace::EventLog& log = session_->log();
  const trace::StringTable& strings = session_->strings();
  const size_t cursor = session_->cursor();

  // The filter: categories (coloured toggles) and a search box.
  const auto& counts = session_->model().category_counts();
  for (size_t c = 0; c < counts.size(); ++c) {
    if (counts[c] == 0) continue;
    const auto cat = static_cast<trace::Category>(c);
    bool on = filter_categories_.test(c);
    ImGui::PushStyleColor(ImGuiCol_CheckMark, palette::vec(palette::category(cat)));
    ImGui::PushStyleColor(ImGuiCol_FrameBg, palette::vec(palette::dim(palette::category(cat), 0.6f)));
    const std::string label(trace::category_name(cat));
    if (ImGui::Checkbox(label.c_str(), &on)) filter_categories_.set(c, on);
    ImGui::PopStyleColor(2);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", palette::category_meaning(cat));
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 6) ImGui::NewLine();
  }
  ImGui::NewLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  ImGui::InputTextWithHint("##search", "search: kind, name, text or id", &filter_text_);
  ImGui::SameLine();
  ImGui::Checkbox("follow cursor", &events_follow_);
  filter_.set(filter_categories_, filter_text_);
  const bool complete = filter_.update(log, strings, 400'000);
  ImGui::SameLine();
  ImGui::TextDisabled("%zu of %zu%s", filter_.rows().size(), log.size(), complete ? "" : " (searching)");

  const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("events", 6, flags)) return;
  const float digit = ImGui::CalcTextSize("0").x;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, digit * 6);
  ImGui::TableSetupColumn("where", ImGuiTableColumnFlags_WidthFixed, digit * 9);
  ImGui::TableSetupColumn("kind", ImGuiTableColumnFlags_WidthFixed, digit * 16);
  ImGui::TableSetupColumn("id", ImGuiTableColumnFlags_WidthFixed, digit * 4);
  ImGui::TableSetupColumn("by", ImGuiTableColumnFlags_WidthFixed, digit * 4);
  ImGui::TableSetupColumn("data", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();

  const auto& rows = filter_.rows();
  const float row_h = ImGui::GetTextLineHeightWithSpacing();
  if (events_follow_ && cursor != events_last_cursor_ && !rows.empty()) {
    const size_t r = filter_.row_before(cursor);
    const float target = static_cast<float>(r) * row_h - ImGui::GetWindowHeight() * 0.5f;
    ImGui::SetScrollY(std::max(0.0f, target));
  }
  events_last_cursor_ = cursor;

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(std::min<size_t>(rows.size(), INT32_MAX)), row_h);
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const uint32_t i = rows[static_cast<size_t>(r)];
      const trace::Event& e = log[i];
      const bool past = i < cursor;
      ImGui::TableNextRow();
      if (i + 1 == cursor) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, palette::with_alpha(palette::kYellow, 70));
      ImGui::TableSetColumnIndex(0);
      ImGui::PushID(static_cast<int>(i));
      if (!past) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.45f);
      char seq[24];
      std::snprintf(seq, sizeof seq, "%llu", static_cast<unsigned long long>(e.seq));
      if (ImGui::Selectable(seq, false, ImGuiSelectableFlags_SpanAllColumns)) jump_to(i);
      if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36);
        ImGui::TextUnformatted(narrate(e, strings).c_str());
        ImGui::TextDisabled("%s", event_data_text(e, strings, 400).c_str());
        ImGui::TextDisabled("click: move the cursor here");
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
      ImGui::TableSetColumnIndex(1);
      if (e.iter == 0) {
        ImGui::TextUnformatted(std::string(trace::phase_name(e.phase)).c_str());
      } else {
        ImGui::Text("%u %s", e.iter, std::string(trace::phase_name(e.phase)).c_str());
      }
      ImGui::TableSetColumnIndex(2);
      const trace::KindInfo& info = trace::kind_info(e.kind);
      ImGui::TextColored(palette::vec(palette::category(info.category)), "%s", info.name);
      ImGui::TableSetColumnIndex(3);
      if (e.id != 0) ImGui::Text("%u", e.id);
      ImGui::TableSetColumnIndex(4);
      if (e.cause != 0) ImGui::Text("%u", e.cause);
      ImGui::TableSetColumnIndex(5);
      const std::string data = event_data_text(e, strings, 60);
      ImGui::TextUnformatted(data.c_str());
      if (!past) ImGui::PopStyleVar();
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace ts::viz
