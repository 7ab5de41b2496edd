#include "palette.hpp"

#include <algorithm>

namespace ts::viz::palette {

using trace::Category;
using trace::Phase;

ImU32 category(Category c) {
  switch (c) {
    case Category::process: return kLightGrey;
    case Category::loop: return kGrey;
    case Category::callback: return IM_COL32(190, 190, 200, 255);
    case Category::timer: return kOrange;
    case Category::immediate: return kBluishGreen;
    case Category::tick: return kReddishPurple;
    case Category::promise: return kSkyBlue;
    case Category::module: return kYellow;
    case Category::buffer: return kVermillion;
    default: return kBlue;  // I/O: fs, pool, streams, net, child processes
  }
}

const char* category_meaning(Category c) {
  switch (c) {
    case Category::process: return "the process: start, console output, exit";
    case Category::loop: return "the event loop: iterations and phases";
    case Category::callback: return "a callback starts or returns";
    case Category::timer: return "setTimeout / setInterval and the timer lists";
    case Category::immediate: return "setImmediate and the check phase";
    case Category::tick: return "process.nextTick and the checkpoints";
    case Category::promise: return "promises and microtasks";
    case Category::module: return "require(): resolving and loading modules";
    case Category::buffer: return "Buffer memory and the 8 KiB slab pool";
    default: return "I/O: the file system and the thread pool";
  }
}

ImU32 phase(Phase p) {
  switch (p) {
    case Phase::Main: return kLightGrey;
    case Phase::Timers: return kOrange;
    case Phase::Pending: return kGrey;
    case Phase::Idle: return kGrey;
    case Phase::Prepare: return kGrey;
    case Phase::Poll: return kBlue;
    case Phase::Check: return kBluishGreen;
    case Phase::Close: return kVermillion;
    default: return kDarkGrey;
  }
}

ImU32 callback(CallbackKind k) {
  switch (k) {
    case CallbackKind::Main: return kLightGrey;
    case CallbackKind::Timeout:
    case CallbackKind::Interval: return kOrange;
    case CallbackKind::Immediate: return kBluishGreen;
    case CallbackKind::Tick: return kReddishPurple;
    case CallbackKind::Microtask: return kSkyBlue;
    case CallbackKind::Io: return kBlue;
    case CallbackKind::Other: return kGrey;
  }
  return kGrey;
}

ImU32 text_on(ImU32 bg) {
  const float r = static_cast<float>((bg >> IM_COL32_R_SHIFT) & 0xFF) / 255.0f;
  const float g = static_cast<float>((bg >> IM_COL32_G_SHIFT) & 0xFF) / 255.0f;
  const float b = static_cast<float>((bg >> IM_COL32_B_SHIFT) & 0xFF) / 255.0f;
  const float luminance = 0.2126f * r + 0.7152f * g + 0.0722f * b;
  return luminance > 0.45f ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255);
}

ImU32 with_alpha(ImU32 c, int alpha) {
  return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha & 0xFF) << IM_COL32_A_SHIFT);
}

ImU32 dim(ImU32 c, float t) {
  auto mix = [t](ImU32 a, ImU32 b, int shift) {
    const float x = static_cast<float>((a >> shift) & 0xFF);
    const float y = static_cast<float>((b >> shift) & 0xFF);
    const float v = std::min(255.0f, std::max(0.0f, x + (y - x) * t));
    return static_cast<ImU32>(v) << shift;
  };
  return mix(c, kPanel, IM_COL32_R_SHIFT) | mix(c, kPanel, IM_COL32_G_SHIFT) |
         mix(c, kPanel, IM_COL32_B_SHIFT) | (c & IM_COL32_A_MASK);
}

ImVec4 vec(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

ImU32 cycle(size_t i) {
  static constexpr ImU32 kCycle[] = {kSkyBlue, kOrange, kBluishGreen, kYellow,
                                     kReddishPurple, kVermillion, kBlue, kLightGrey};
  return kCycle[i % (sizeof kCycle / sizeof kCycle[0])];
}

void apply_style(float scale) {
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 3.0f;
  style.FrameRounding = 3.0f;
  style.TabRounding = 3.0f;
  style.GrabRounding = 3.0f;
  style.WindowBorderSize = 1.0f;
  style.WindowPadding = ImVec2(8, 6);
  style.ItemSpacing = ImVec2(7, 5);
  style.FramePadding = ImVec2(6, 3);
  style.ScrollbarSize = 13;
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = vec(kPanel);
  // Children draw no background of their own: on llvmpipe (software GL, as
  // under Xvfb) every covered pixel is blended, so a layer less is frames
  // per second more.
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = ImVec4(0.12f, 0.12f, 0.14f, 0.98f);
  c[ImGuiCol_TitleBg] = ImVec4(0.16f, 0.17f, 0.20f, 1.0f);
  c[ImGuiCol_TitleBgActive] = ImVec4(0.20f, 0.23f, 0.30f, 1.0f);
  c[ImGuiCol_TitleBgCollapsed] = c[ImGuiCol_TitleBg];
  c[ImGuiCol_Header] = ImVec4(0.25f, 0.28f, 0.36f, 1.0f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.32f, 0.36f, 0.46f, 1.0f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.36f, 0.42f, 0.55f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.24f, 0.27f, 0.34f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.33f, 0.38f, 0.50f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.40f, 0.46f, 0.60f, 1.0f);
  c[ImGuiCol_Tab] = ImVec4(0.20f, 0.22f, 0.27f, 1.0f);
  c[ImGuiCol_TabHovered] = ImVec4(0.33f, 0.38f, 0.50f, 1.0f);
  c[ImGuiCol_TabActive] = ImVec4(0.30f, 0.35f, 0.47f, 1.0f);
  c[ImGuiCol_FrameBg] = ImVec4(0.18f, 0.19f, 0.23f, 1.0f);
  c[ImGuiCol_Text] = ImVec4(0.93f, 0.93f, 0.93f, 1.0f);
  c[ImGuiCol_TextDisabled] = ImVec4(0.58f, 0.58f, 0.62f, 1.0f);
  c[ImGuiCol_CheckMark] = vec(kSkyBlue);
  c[ImGuiCol_SliderGrab] = vec(kSkyBlue);
  c[ImGuiCol_SliderGrabActive] = vec(kYellow);
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace ts::viz::palette
