// The loop panel: libuv's seven phases as a ring, clockwise from the top,
// the current one lit, each with the callbacks it ran so far in this
// iteration; in the middle, the iteration and the running callback; below,
// the poll timeout and why, what keeps the loop alive, and a small history
// of callbacks per iteration.
#include <algorithm>
#include <cmath>

#include "model/event_text.hpp"
#include "model/loop_state.hpp"
#include "palette.hpp"
#include "ui_util.hpp"
#include "view.hpp"

namespace ts::viz {

namespace {

constexpr float kPi = 3.14159265358979f;

// An annular sector, as quads (ImGui fills convex paths only).
void ring_segment(ImDrawList* dl, ImVec2 c, float r0, float r1, float a0, float a1, ImU32 fill) {
  const int steps = std::max(4, static_cast<int>((a1 - a0) / (kPi / 48)));
  for (int i = 0; i < steps; ++i) {
    const float x0 = a0 + (a1 - a0) * static_cast<float>(i) / steps;
    const float x1 = a0 + (a1 - a0) * static_cast<float>(i + 1) / steps;
    const ImVec2 p0(c.x + std::cos(x0) * r1, c.y + std::sin(x0) * r1);
    const ImVec2 p1(c.x + std::cos(x1) * r1, c.y + std::sin(x1) * r1);
    const ImVec2 p2(c.x + std::cos(x1) * r0, c.y + std::sin(x1) * r0);
    const ImVec2 p3(c.x + std::cos(x0) * r0, c.y + std::sin(x0) * r0);
    dl->AddQuadFilled(p0, p1, p2, p3, fill);
  }
}

void centred_text(ImDrawList* dl, ImFont* font, float size, ImVec2 centre, ImU32 colour,
                  const std::string& text) {
  const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str());
  dl->AddText(font, size, ImVec2(centre.x - ts.x * 0.5f, centre.y - ts.y * 0.5f), colour, text.c_str());
}

}  // namespace

void View::draw_loop() {
  begin_panel_rect("Event loop");
  if (!ImGui::Begin("Event loop", nullptr, kPanelFlags)) {
    ImGui::End();
    return;
  }
  record_rect("loop");
  if (!session_) {
    ImGui::End();
    return;
  }
  const TraceModel& model = session_->model();
  const trace::StringTable& strings = session_->strings();
  const size_t cursor = session_->cursor();
  const LoopState st = loop_state_at(model, cursor);

  // The ring takes the panel's width, leaving room for the text below.
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  // At least 60% of the panel's height goes to the ring; the facts below
  // scroll if they must.
  const float diameter = std::max(120.0f, std::min(avail.x, std::max(avail.y * 0.72f, avail.y - line * 4.6f)));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 centre(origin.x + avail.x * 0.5f, origin.y + diameter * 0.5f);
  const float r1 = diameter * 0.5f - 2;
  const float r0 = r1 * 0.58f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const bool lit_any = st.stage == LoopStage::InPhase;
  const float gap = 0.025f;
  const float seg = 2 * kPi / 7;
  // Labels scale with the ring, up to the panel's text size.
  const float font = std::floor(std::clamp(diameter * 0.068f, ImGui::GetFontSize() * 0.8f, ImGui::GetFontSize()));
  for (int k = 0; k < 7; ++k) {
    const auto phase = static_cast<trace::Phase>(k + 1);
    const float a0 = -kPi / 2 - seg / 2 + seg * static_cast<float>(k) + gap;
    const float a1 = a0 + seg - 2 * gap;
    const bool lit = lit_any && st.phase == phase;
    const ImU32 colour = palette::phase(phase);
    ring_segment(dl, centre, lit ? r0 - 4 : r0, lit ? r1 + 1 : r1, a0, a1,
                 lit ? colour : palette::dim(colour, 0.72f));
    const float mid = (a0 + a1) * 0.5f;
    const float rl = (r0 + r1) * 0.5f;
    const ImVec2 at(centre.x + std::cos(mid) * rl, centre.y + std::sin(mid) * rl);
    const ImU32 text = lit ? palette::text_on(colour) : palette::kLightGrey;
    const std::string name(trace::phase_name(phase));
    centred_text(dl, ImGui::GetFont(), font, ImVec2(at.x, at.y - font * 0.45f), text, name);
    const uint32_t n = st.iteration != kNone ? st.callbacks[static_cast<size_t>(phase)] : 0;
    if (n > 0 || lit) {
      centred_text(dl, ImGui::GetFont(), font * 0.9f, ImVec2(at.x, at.y + font * 0.6f), text,
                   std::to_string(n) + (n == 1 ? " cb" : " cbs"));
    }
    if (lit) probe("loop.lit", ImVec2(centre.x + std::cos(mid) * (r0 + 3), centre.y + std::sin(mid) * (r0 + 3)), colour);
  }
  // Direction: a small arrow head at the top, going clockwise.
  {
    const float a = -kPi / 2 - seg / 2;
    const ImVec2 p(centre.x + std::cos(a) * (r1 + 1), centre.y + std::sin(a) * (r1 + 1));
    dl->AddTriangleFilled(ImVec2(p.x - 4, p.y - 6), ImVec2(p.x + 5, p.y), ImVec2(p.x - 4, p.y + 6),
                          palette::kLightGrey);
  }
  // The middle: where we are.
  std::string title;
  std::string sub;
  switch (st.stage) {
    case LoopStage::NotStarted: title = "not started"; break;
    case LoopStage::MainScript:
      title = "main script";
      sub = "before the loop";
      break;
    case LoopStage::InPhase:
    case LoopStage::BetweenPhases:
      title = "iteration " + std::to_string(st.number);
      sub = st.stage == LoopStage::InPhase ? std::string(trace::phase_name(st.phase)) + " phase"
                                           : "between phases";
      break;
    case LoopStage::Exiting:
      title = "exiting";
      sub = "'beforeExit', 'exit'";
      break;
    case LoopStage::Exited: title = "exited"; break;
  }
  ImFont* big = font_big_ != nullptr ? font_big_ : ImGui::GetFont();
  const float big_size = std::floor(std::clamp(diameter * 0.085f, font, big->FontSize));
  centred_text(dl, big, big_size, ImVec2(centre.x, centre.y - font * 0.9f), palette::kLightGrey, title);
  if (!sub.empty()) centred_text(dl, ImGui::GetFont(), font, ImVec2(centre.x, centre.y + font * 0.2f), palette::kGrey, sub);
  if (st.running != kNone) {
    const Span& s = model.spans()[st.running];
    std::string name = model.callback_name(s, strings);
    // Keep the name inside the ring's hole.
    const float room = r0 * 1.55f - 10;
    ImFont* f = ImGui::GetFont();
    auto width_of = [&](const std::string& t) { return f->CalcTextSizeA(font, FLT_MAX, 0.0f, t.c_str()).x; };
    for (size_t n = 18; n > 4 && width_of(shorten(name, n)) > room; --n) name = shorten(name, n - 1);
    name = shorten(name, 18);
    const float tw = width_of(name);
    const ImVec2 at(centre.x - tw * 0.5f - 5, centre.y + font * 1.1f);
    const ImU32 c = palette::callback(s.callback);
    dl->AddRectFilled(at, ImVec2(at.x + tw + 10, at.y + font + 4), c, 4.0f);
    dl->AddText(f, font, ImVec2(at.x + 5, at.y + 2), palette::text_on(c), name.c_str());
  }
  ImGui::Dummy(ImVec2(avail.x, diameter + 4));

  // The facts below the ring.
  const trace::EventLog& log = session_->log();
  if (st.stage == LoopStage::Exited) {
    ImGui::TextWrapped("The run is over: %zu loop iteration%s, then the process exited.",
                       model.iterations().empty() ? size_t{0} : model.iterations().size() - 1,
                       model.iterations().size() == 2 ? "" : "s");
  } else if (st.iteration != kNone && st.total_callbacks > 0) {
    std::string kinds;
    for (size_t k = 0; k < st.by_kind.size(); ++k) {
      if (st.by_kind[k] == 0) continue;
      if (!kinds.empty()) kinds += ", ";
      kinds += std::to_string(st.by_kind[k]) + " " + callback_kind_name(static_cast<CallbackKind>(k));
    }
    ImGui::TextWrapped("%s: %u callback%s (%s)", st.number == 0 ? "The main script so far" : "This iteration so far",
                       st.total_callbacks, st.total_callbacks == 1 ? "" : "s", kinds.c_str());
  } else {
    ImGui::TextDisabled("No callbacks yet in this %s.", st.number == 0 ? "script" : "iteration");
  }
  if (st.poll_timeout != kNone) {
    const trace::Event& e = log[st.poll_timeout];
    const std::string reason(strings.get(static_cast<uint32_t>(e.arg[1])));
    ImGui::TextColored(palette::vec(palette::kSkyBlue), "poll timeout:");
    ImGui::SameLine();
    ImGui::TextWrapped("%s (%s)", e.arg[0] < 0 ? "until an event" : (std::to_string(e.arg[0]) + " ms").c_str(),
                       reason.c_str());
    if (ImGui::IsItemClicked()) jump_to(st.poll_timeout);
  }
  if (st.alive != kNone) {
    const trace::Event& e = log[st.alive];
    const std::string what(strings.get(static_cast<uint32_t>(e.arg[3])));
    ImGui::TextColored(palette::vec(e.arg[0] ? palette::kBluishGreen : palette::kVermillion), "alive:");
    ImGui::SameLine();
    if (e.arg[0]) {
      ImGui::TextWrapped("yes: %s", what.empty() ? "(something)" : what.c_str());
    } else {
      ImGui::TextWrapped("no: nothing ref'd is left, the loop will stop");
    }
    if (ImGui::IsItemClicked()) jump_to(st.alive);
  }

  // Callbacks per iteration: the last few before the cursor.
  const auto& its = model.iterations();
  if (st.iteration != kNone && st.number >= 1 && st.stage != LoopStage::Exited &&
      ImGui::GetContentRegionAvail().y > line * 2.5f) {
    const uint32_t last = st.iteration;
    const uint32_t first = last > 40 ? last - 40 : 0;
    uint32_t peak = 1;
    for (uint32_t k = first; k <= last; ++k) peak = std::max(peak, callbacks_before(model, its[k], cursor));
    ImGui::TextDisabled("callbacks per iteration, up to this one:");
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = std::max(line, std::min(ImGui::GetContentRegionAvail().y - 2, line * 1.8f));
    const float w = ImGui::GetContentRegionAvail().x;
    const float bar = std::min(w / 41.0f, font);
    for (uint32_t k = first; k <= last; ++k) {
      const float v = static_cast<float>(callbacks_before(model, its[k], cursor)) / static_cast<float>(peak);
      const float x = p.x + static_cast<float>(k - first) * bar;
      const ImU32 col = k == last ? palette::kYellow : palette::kGrey;
      dl->AddRectFilled(ImVec2(x + 1, p.y + h - std::max(1.0f, v * h)), ImVec2(x + bar - 1, p.y + h), col);
    }
    ImGui::Dummy(ImVec2(w, h));
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip("Callbacks per iteration, up to this one (yellow; iteration 0 is the main script).");
    }
  }
  ImGui::End();
}

}  // namespace ts::viz
