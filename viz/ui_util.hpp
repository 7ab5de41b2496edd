// Small ImGui helpers shared by the panels.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

namespace ts::viz {

// A "(?)" that shows `text` on hover (imgui_demo's HelpMarker).
void help_marker(const char* text);
// A coloured square and a label, for legends.
void colour_chip(ImU32 colour, const char* label);
// A small filled pill with text (a queue item); returns true when clicked.
bool pill(const char* id, const std::string& text, ImU32 fill, bool outlined = false);
// Text that looks and acts like a link; true when clicked.
bool link(const char* text);
// A heading line in a colour, with a count.
void section(const char* title, ImU32 colour, size_t count);
// Text drawn into [min, max] on the draw list, clipped, only if it fits at
// least a few characters.
void clipped_label(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 colour, const char* text);
std::string json_quote(std::string_view s);

}  // namespace ts::viz
