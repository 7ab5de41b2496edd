// The control bar: run/pause, step forward and back by event, callback,
// phase or iteration, the cursor scrubber, the speed, restart, and a line
// that says in words what the current event means.
#include <cmath>

#include "model/event_text.hpp"
#include "model/loop_state.hpp"
#include "palette.hpp"
#include "ui_util.hpp"
#include "view.hpp"

namespace ts::viz {

namespace {

// Continues the row, or starts a new one when `width` does not fit.
void flow(float width, float gap = -1.0f) {
  ImGui::SameLine(0, gap);
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

bool button(const char* label, const char* tooltip, bool enabled = true) {
  flow(ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2);
  if (!enabled) ImGui::BeginDisabled();
  const bool clicked = ImGui::Button(label);
  if (!enabled) ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && tooltip != nullptr) {
    ImGui::SetTooltip("%s", tooltip);
  }
  return clicked;
}

}  // namespace

void View::draw_controls() {
  // Full width at the top; as tall as its rows (it wraps at big text sizes).
  const float width = ImGui::GetIO().DisplaySize.x;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, FLT_MAX));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoScrollbar |
                                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoBackground;
  if (!ImGui::Begin("Controls", nullptr, flags)) {
    ImGui::End();
    return;
  }
  record_rect("controls");
  if (!session_) {
    ImGui::TextUnformatted("Nothing open. Press O to open a lesson.");
    ImGui::End();
    return;
  }
  Playback& pb = session_->playback();
  const size_t size = session_->log().size();
  const size_t cursor = session_->cursor();
  const bool at_end = session_->finished() && cursor >= size;

  // Row 1: play and step.
  ImGui::PushStyleColor(ImGuiCol_Button, palette::vec(pb.playing() ? palette::kVermillion : palette::kBluishGreen));
  ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(palette::text_on(pb.playing() ? palette::kVermillion : palette::kBluishGreen)));
  if (ImGui::Button(pb.playing() ? "  Pause  " : (at_end ? " Replay  " : "   Run   "))) pb.toggle_play();
  ImGui::PopStyleColor(2);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Run or pause (Space)");
  flow(ImGui::CalcTextSize("step:").x);
  ImGui::TextDisabled("step:");
  if (button("event >", "one event (Right)")) pb.step_forward(StepUnit::Event);
  if (button("callback >", "to the next callback (Shift+Right)")) pb.step_forward(StepUnit::Callback);
  if (button("phase >", "to the next phase of the loop (Down)")) pb.step_forward(StepUnit::Phase);
  if (button("iteration >", "to the next loop iteration (Page Down)")) pb.step_forward(StepUnit::Iteration);
  if (button("end >|", "to the last event (End)")) pb.go_to_end();
  flow(ImGui::CalcTextSize("back:").x + ImGui::GetFontSize() * 1.2f, ImGui::GetFontSize() * 1.2f);
  ImGui::TextDisabled("back:");
  if (button("< event", "one event back (Left)", cursor > 0)) pb.step_back(StepUnit::Event);
  if (button("< callback", "back to the previous callback (Shift+Left)", cursor > 0)) pb.step_back(StepUnit::Callback);
  if (button("< phase", "back to the start of this phase, or the one before (Up)", cursor > 0)) pb.step_back(StepUnit::Phase);
  if (button("< iteration", "back an iteration (Page Up)", cursor > 0)) pb.step_back(StepUnit::Iteration);
  if (button("|< start", "to the first event (Home)", cursor > 0)) pb.go_to_start();
  if (button("Restart", session_->live() ? "run the script again from the start (R)" : "reload the trace (R)")) restart();
  if (button("?", "keys, legend and settings (F1)")) show_help_ = !show_help_;

  // Row 2: the cursor, the speed, the gate mode.
  const float speed_w = ImGui::GetFontSize() * 11;
  const float hold_w = ImGui::CalcTextSize("hold runtime at cursor").x + ImGui::GetFrameHeight() + 8;
  const float status_w = ImGui::GetFontSize() * 13;
  ImGui::SetNextItemWidth(std::max(100.0f, ImGui::GetContentRegionAvail().x - speed_w - hold_w - status_w - 30));
  int c = static_cast<int>(std::min<size_t>(cursor, INT32_MAX));
  const int max = static_cast<int>(std::min<size_t>(size, INT32_MAX));
  char label[96];
  std::snprintf(label, sizeof label, "event %d of %d", c, max);
  if (ImGui::SliderInt("##cursor", &c, 0, std::max(max, 1), label, ImGuiSliderFlags_AlwaysClamp)) {
    pb.go_to(static_cast<uint64_t>(c));
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("The view cursor: the panels show the first N events. Drag to scrub.");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(speed_w);
  float speed = static_cast<float>(std::min(pb.speed(), 5000.0));
  const bool max_speed = pb.speed() >= Playback::kMaxSpeed;
  if (ImGui::SliderFloat("##speed", &speed, 0.5f, 5000.0f, max_speed ? "speed: max" : "%.1f events/s",
                         ImGuiSliderFlags_Logarithmic)) {
    pb.set_speed(speed >= 4999.0f ? Playback::kMaxSpeed : speed);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("How fast Run moves the cursor (+ and - keys). Far right: as fast as the events come.");
  flow(hold_w);
  bool hold = pb.lockstep();
  if (ImGui::Checkbox("hold runtime at cursor", &hold)) pb.set_lockstep(hold);
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip(
        "On: the runtime waits at the cursor and each step releases exactly one more event\n"
        "(but its timers run on the real clock, so they fire late by the time you pause).\n"
        "Off: the runtime runs ahead of the cursor (up to %llu events) and you replay it. (L)",
        static_cast<unsigned long long>(pb.lookahead()));
  }
  const std::string status = session_->status();
  flow(ImGui::CalcTextSize(status.c_str()).x);
  ImGui::TextDisabled("%s", status.c_str());

  // Row 3: the current event in words.
  if (cursor > 0 && cursor <= size) {
    const trace::Event& e = session_->log()[cursor - 1];
    const ImU32 colour = palette::category(trace::kind_info(e.kind).category);
    const std::string where = e.iter == 0 ? std::string("main script")
                                          : "iteration " + std::to_string(e.iter) + ", " +
                                                std::string(trace::phase_name(e.phase));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + 1), ImVec2(p.x + 5, p.y + h - 1), colour);
    ImGui::SetCursorScreenPos(ImVec2(p.x + 10, p.y));
    ImGui::TextDisabled("%s  [%s]", trace::kind_info(e.kind).name, where.c_str());
    ImGui::SameLine();
    const std::string text = narrate(e, session_->strings());
    ImGui::TextWrapped("%s", text.c_str());
  } else if (!session_->ok()) {
    ImGui::TextColored(palette::vec(palette::kVermillion), "%s", session_->error().c_str());
  } else if (size == 0) {
    ImGui::TextDisabled(session_->live() ? "Starting..." : "Loading...");
  } else {
    ImGui::TextDisabled("Before the first event. Press Space to run, Right to step.");
  }
  // The panels below start where this bar ends.
  const float h = ImGui::GetWindowHeight();
  if (std::abs(h - controls_h_) > 0.5f) {
    controls_h_ = h;
    relayout_next_ = true;
  }
  ImGui::End();
}

}  // namespace ts::viz
