// Help: the keyboard shortcuts, the colour legend (one colour per event
// category, from categories.def, and per loop phase), and the settings
// (text size for a projector).
#include "palette.hpp"
#include "ui_util.hpp"
#include "view.hpp"

namespace ts::viz {

void View::draw_help() {
  const ImVec2 d = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(d.x * 0.5f, d.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(d.x - 40, ImGui::GetFontSize() * 46), std::min(d.y - 40, ImGui::GetFontSize() * 36)),
                           ImGuiCond_Appearing);
  if (!ImGui::Begin("Help: keys, colours, settings", &show_help_, ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  static const char* kKeys[][2] = {
      {"Space", "run / pause"},
      {"Right / Left", "one event forward / back"},
      {"Shift+Right / Shift+Left", "next / previous callback"},
      {"Down / Up", "next phase / back to the phase's start"},
      {"Page Down / Page Up", "next / previous loop iteration"},
      {"Home / End", "first / last event"},
      {"+ / -", "faster / slower"},
      {"L", "hold the runtime at the cursor (lockstep) on / off"},
      {"R", "restart the run"},
      {"O, W, M, B, E", "tabs: open, why, modules, buffers, events"},
      {"T / F", "timeline: time or steps / fit"},
      {"Ctrl+= / Ctrl+- / Ctrl+0", "bigger / smaller / normal text"},
      {"Esc", "explain the callback at the cursor again"},
      {"F1", "this window"},
  };
  ImGui::TextColored(palette::vec(palette::kYellow), "Keys");
  if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_SizingFixedFit)) {
    for (const auto& k : kKeys) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextUnformatted(k[0]);
      ImGui::TableSetColumnIndex(1);
      ImGui::TextDisabled("%s", k[1]);
    }
    ImGui::EndTable();
  }
  ImGui::Separator();
  ImGui::TextColored(palette::vec(palette::kYellow), "Colours (Okabe-Ito, safe for colour-blind eyes)");
  for (int c = 0; c < static_cast<int>(trace::Category::Count); ++c) {
    const auto cat = static_cast<trace::Category>(c);
    const std::string name(trace::category_name(cat));
    colour_chip(palette::category(cat), name.c_str());
    ImGui::SameLine(ImGui::GetFontSize() * 7);
    ImGui::TextDisabled("%s", palette::category_meaning(cat));
  }
  ImGui::Spacing();
  for (int p = 1; p <= 7; ++p) {
    const auto phase = static_cast<trace::Phase>(p);
    const std::string name(trace::phase_name(phase));
    colour_chip(palette::phase(phase), name.c_str());
    if (p < 7) ImGui::SameLine();
  }
  ImGui::Separator();
  draw_settings();
  ImGui::End();
}

void View::draw_settings() {
  ImGui::TextColored(palette::vec(palette::kYellow), "Settings");
  float scale = font_scale_;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (ImGui::SliderFloat("text size", &scale, 0.75f, 3.0f, "%.2fx")) {
    // Applied after the frame: the font atlas is rebuilt between frames.
    font_scale_ = scale;
  }
  if (ImGui::IsItemDeactivatedAfterEdit()) font_changed_ = true;
  if (ImGui::Button("projector (1.5x)")) {
    font_scale_ = 1.5f;
    font_changed_ = true;
  }
  ImGui::SameLine();
  if (ImGui::Button("normal")) {
    font_scale_ = 1.0f;
    font_changed_ = true;
  }
  ImGui::SameLine();
  if (ImGui::Button("redo the layout")) relayout_ = true;
}

}  // namespace ts::viz
