// The lesson: the README.md beside the running script, as plain text with
// its headings set apart (no Markdown renderer in ImGui 1.86).
#include <cctype>
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
  // A little Markdown: headings, code blocks, list items, and paragraphs
  // whose hard-wrapped lines are joined again; **, ` and _ marks dropped, a
  // link [text](target) shown as its text, and images left out (a README's
  // image is a screenshot of this very app).
  auto plain = [](const std::string& in) {
    std::string out;
    for (size_t i = 0; i < in.size(); ++i) {
      if (in[i] == '`') continue;
      if (in[i] == '*' && i + 1 < in.size() && in[i + 1] == '*') {
        ++i;
        continue;
      }
      if (in[i] == ']' && i + 1 < in.size() && in[i + 1] == '(') {
        const size_t close = in.find(')', i + 2);
        if (close != std::string::npos) {
          const size_t open = out.rfind('[');
          if (open != std::string::npos) out.erase(open, 1);
          i = close;
          continue;
        }
      }
      out += in[i];
    }
    return out;
  };
  std::string paragraph;
  auto flush = [&]() {
    if (paragraph.empty()) return;
    if (paragraph.rfind("![", 0) != 0) ImGui::TextWrapped("%s", plain(paragraph).c_str());
    paragraph.clear();
  };
  bool in_code = false;
  for (const std::string& line : readme_lines_) {
    if (line.rfind("```", 0) == 0) {
      flush();
      in_code = !in_code;
      continue;
    }
    if (in_code) {
      if (font_mono_) ImGui::PushFont(font_mono_);
      ImGui::TextColored(palette::vec(palette::kSkyBlue), "  %s", line.c_str());
      if (font_mono_) ImGui::PopFont();
      continue;
    }
    const size_t first = line.find_first_not_of(' ');
    if (first == std::string::npos) {
      flush();
      ImGui::Spacing();
    } else if (line[first] == '#') {
      flush();
      const size_t text = line.find_first_not_of("# ");
      if (font_big_) ImGui::PushFont(font_big_);
      ImGui::TextColored(palette::vec(palette::kYellow), "%s", text == std::string::npos ? "" : plain(line.substr(text)).c_str());
      if (font_big_) ImGui::PopFont();
    } else if ((line[first] == '-' || line[first] == '*') && first + 1 < line.size() && line[first + 1] == ' ') {
      flush();
      paragraph = "\xE2\x80\xA2 " + line.substr(first + 2);  // a bullet
    } else if (std::isdigit(static_cast<unsigned char>(line[first])) && line.find(". ", first) < first + 4) {
      flush();
      paragraph = line.substr(first);
    } else {
      if (!paragraph.empty()) paragraph += ' ';
      paragraph += line.substr(first);
    }
  }
  flush();
}

}  // namespace ts::viz
