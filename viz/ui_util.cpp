#include "ui_util.hpp"

#include <cstdio>

#include "palette.hpp"

namespace ts::viz {

void help_marker(const char* text) {
  ImGui::TextDisabled("(?)");
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void colour_chip(ImU32 colour, const char* label) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.15f),
                                            ImVec2(p.x + h * 0.9f, p.y + h * 0.85f), colour, 2.0f);
  ImGui::Dummy(ImVec2(h, h));
  ImGui::SameLine(0, 4);
  ImGui::TextUnformatted(label);
}

bool pill(const char* id, const std::string& text, ImU32 fill, bool outlined) {
  ImGui::PushID(id);
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const ImVec2 pad(6, 2);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 box(size.x + pad.x * 2, size.y + pad.y * 2);
  const bool clicked = ImGui::InvisibleButton("pill", box);
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 bg = hovered ? palette::dim(fill, -0.15f) : fill;
  dl->AddRectFilled(p, ImVec2(p.x + box.x, p.y + box.y), bg, box.y * 0.5f);
  if (outlined) {
    dl->AddRect(ImVec2(p.x - 1, p.y - 1), ImVec2(p.x + box.x + 1, p.y + box.y + 1), palette::kCursor,
                box.y * 0.5f, 0, 2.0f);
  }
  dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), palette::text_on(fill), text.c_str());
  ImGui::PopID();
  return clicked;
}

bool link(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(palette::kSkyBlue));
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) {
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, b.y), b, palette::kSkyBlue);
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  return hovered && ImGui::IsMouseClicked(0);
}

void section(const char* title, ImU32 colour, size_t count) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + 1), ImVec2(p.x + 4, p.y + h - 1), colour);
  ImGui::SetCursorScreenPos(ImVec2(p.x + 9, p.y));
  ImGui::TextUnformatted(title);
  ImGui::SameLine();
  ImGui::TextDisabled("(%zu)", count);
}

void clipped_label(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 colour, const char* text) {
  if (max.x - min.x < ImGui::GetFontSize() * 1.2f) return;
  const ImVec4 clip(min.x, min.y, max.x, max.y);
  const float h = ImGui::GetFontSize();
  const float y = min.y + (max.y - min.y - h) * 0.5f;
  dl->AddText(ImGui::GetFont(), h, ImVec2(min.x + 3, y), colour, text, nullptr, 0.0f, &clip);
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

}  // namespace ts::viz
