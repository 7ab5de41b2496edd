// Open: the lessons (lessons/*/main.js, each with the first line of its
// header comment), and a plain file browser for any script or trace.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "palette.hpp"
#include "ui_util.hpp"
#include "view.hpp"

#include <imgui_stdlib.h>

namespace ts::viz {

namespace fs = std::filesystem;

namespace {

// The first comment line of a script (what the lesson is about).
std::string first_comment(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const size_t at = line.find("//");
    if (at != std::string::npos) return line.substr(line.find_first_not_of("/ ", at));
    if (line.find_first_not_of(" \t") != std::string::npos) break;
  }
  return "";
}

bool openable(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".js" || ext == ".jsonl";
}

}  // namespace

void View::draw_browser() {
  if (lessons_.empty()) {
    std::error_code ec;
    const fs::path dir = fs::path(options_.source_dir) / "lessons";
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      const fs::path main = entry.path() / "main.js";
      if (fs::exists(main, ec)) lessons_.push_back(main.string());
    }
    std::sort(lessons_.begin(), lessons_.end());
  }
  ImGui::TextColored(palette::vec(palette::kYellow), "Lessons");
  for (const std::string& lesson : lessons_) {
    const fs::path p(lesson);
    const std::string name = p.parent_path().filename().string();
    ImGui::PushID(lesson.c_str());
    if (ImGui::Selectable(name.c_str(), session_ && session_->request().path == lesson)) open(lesson);
    ImGui::SameLine(ImGui::GetFontSize() * 9);
    ImGui::TextDisabled("%s", first_comment(lesson).c_str());
    ImGui::PopID();
  }
  if (lessons_.empty()) ImGui::TextDisabled("no lessons/ folder found");

  ImGui::Separator();
  ImGui::TextColored(palette::vec(palette::kYellow), "Any script (.js, run live) or trace (.jsonl)");
  ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 4);
  const bool enter = ImGui::InputTextWithHint("##path", "/path/to/script.js or trace.jsonl", &browse_path_,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button("Open") || enter) && !browse_path_.empty()) open(browse_path_);
  if (!open_error_.empty()) ImGui::TextColored(palette::vec(palette::kVermillion), "%s", open_error_.c_str());

  std::error_code ec;
  ImGui::TextDisabled("%s", browse_dir_.c_str());
  ImGui::BeginChild("files", ImVec2(0, 0), true);
  if (ImGui::Selectable("..")) browse_dir_ = fs::path(browse_dir_).parent_path().string();
  std::vector<fs::directory_entry> entries;
  for (const auto& entry : fs::directory_iterator(browse_dir_, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    if (entry.is_directory(ec) || openable(entry.path())) entries.push_back(entry);
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    std::error_code e;
    if (a.is_directory(e) != b.is_directory(e)) return a.is_directory(e);
    return a.path().filename() < b.path().filename();
  });
  for (const auto& entry : entries) {
    const std::string name = entry.path().filename().string();
    ImGui::PushID(name.c_str());
    if (entry.is_directory(ec)) {
      if (ImGui::Selectable((name + "/").c_str())) browse_dir_ = entry.path().string();
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(entry.path().extension() == ".js" ? palette::kLightGrey : palette::kSkyBlue));
      if (ImGui::Selectable(name.c_str())) {
        browse_path_ = entry.path().string();
        open(browse_path_);
      }
      ImGui::PopStyleColor();
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
}

}  // namespace ts::viz
