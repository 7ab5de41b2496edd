// The lesson: the README.md beside the running script, as plain text with
// its headings set apart (no Markdown renderer in ImGui 1.86).
#include <fstream>

#include "palette.hpp"
#include "ui_util.hpp"
#include "view.hpp"

namespace ts::viz {

void View::draw_lesson() {
  if (!session_) return;
  const std::string path = session_->readme_path();
  if (path != readme_path_) {
    readme_path_ = path;
    readme_lines_.clear();
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) readme_lines_.push_back(line);
  }
  if (path.empty()) {
    ImGui::TextWrapped("No README.md beside %s. Lessons in lessons/ explain what to look for; open "
                       "one from the Open tab.",
                       session_->script_path().empty() ? "this trace" : session_->script_path().c_str());
    return;
  }
  ImGui::TextDisabled("%s", path.c_str());
  ImGui::Separator();
  bool in_code = false;
  for (const std::string& line : readme_lines_) {
    if (line.rfind("```", 0) == 0) {
      in_code = !in_code;
      continue;
    }
    if (in_code) {
      if (font_mono_) ImGui::PushFont(font_mono_);
      ImGui::TextColored(palette::vec(palette::kSkyBlue), "  %s", line.c_str());
      if (font_mono_) ImGui::PopFont();
    } else if (line.rfind("#", 0) == 0) {
      const size_t text = line.find_first_not_of("# ");
      if (font_big_) ImGui::PushFont(font_big_);
      ImGui::TextColored(palette::vec(palette::kYellow), "%s", text == std::string::npos ? "" : line.c_str() + text);
      if (font_big_) ImGui::PopFont();
    } else if (line.empty()) {
      ImGui::Spacing();
    } else {
      ImGui::TextWrapped("%s", line.c_str());
    }
  }
}

}  // namespace ts::viz
