// Colours: the Okabe-Ito palette (Okabe & Ito, "Color Universal Design"),
// chosen to stay distinguishable with the common colour-vision deficiencies,
// on a dark background. One colour per event category (the legend is
// derived from categories.def), per loop phase, and per kind of callback;
// the same meaning always has the same colour in every panel.
#pragma once

#include <imgui.h>

#include "model/model_types.hpp"
#include "trace/event.hpp"

namespace ts::viz::palette {

// Okabe-Ito, as ImU32 (ImGui's ABGR packing through IM_COL32).
constexpr ImU32 kOrange = IM_COL32(230, 159, 0, 255);
constexpr ImU32 kSkyBlue = IM_COL32(86, 180, 233, 255);
constexpr ImU32 kBluishGreen = IM_COL32(0, 158, 115, 255);
constexpr ImU32 kYellow = IM_COL32(240, 228, 66, 255);
constexpr ImU32 kBlue = IM_COL32(0, 114, 178, 255);
constexpr ImU32 kVermillion = IM_COL32(213, 94, 0, 255);
constexpr ImU32 kReddishPurple = IM_COL32(204, 121, 167, 255);
// Greys for the machinery (loop, idle phases) and text.
constexpr ImU32 kGrey = IM_COL32(150, 150, 150, 255);
constexpr ImU32 kLightGrey = IM_COL32(215, 215, 215, 255);
constexpr ImU32 kDarkGrey = IM_COL32(80, 80, 86, 255);
constexpr ImU32 kBackground = IM_COL32(28, 28, 32, 255);
constexpr ImU32 kPanel = IM_COL32(36, 36, 42, 255);
constexpr ImU32 kCursor = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kHighlight = IM_COL32(240, 228, 66, 70);  // a lit row (yellow, faint)

ImU32 category(trace::Category category);
ImU32 phase(trace::Phase phase);
ImU32 callback(CallbackKind kind);
// What a category's colour stands for, for the legend.
const char* category_meaning(trace::Category category);

// Black or white, whichever reads better on `background`.
ImU32 text_on(ImU32 background);
ImU32 with_alpha(ImU32 colour, int alpha);
// Mixed toward the panel background (t = 0: colour, 1: background).
ImU32 dim(ImU32 colour, float t);
ImVec4 vec(ImU32 colour);

// The eight colours cycled through for neighbouring items (slab slices).
ImU32 cycle(size_t i);

// The app's ImGui style: dark, with the palette's accents.
void apply_style(float scale);

}  // namespace ts::viz::palette
