// Open: the lessons (lessons/*/main.js, each with the first line of its
// header comment), and a plain file browser for any script or trace.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "palette.hpp"
#include "trace/jsonl_writer.hpp"
#include "version.hpp"

#include <uv.h>
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
  if (!lessons_.empty() && ImGui::BeginTable("lessons", 2, ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("about", ImGuiTableColumnFlags_WidthStretch);
    for (const std::string& lesson : lessons_) {
      const fs::path p(lesson);
      const std::string name = p.parent_path().filename().string();
      const std::string about = first_comment(lesson);
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::PushID(lesson.c_str());
      if (ImGui::Selectable(name.c_str(), session_ && session_->request().path == lesson,
                            ImGuiSelectableFlags_SpanAllColumns)) {
        open(lesson);
      }
      if (ImGui::IsItemHovered() && !about.empty()) ImGui::SetTooltip("%s", about.c_str());
      ImGui::PopID();
      ImGui::TableSetColumnIndex(1);
      ImGui::TextDisabled("%s", about.c_str());
    }
    ImGui::EndTable();
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

  // Save what is open as a trace file (to grade, share, or reopen later).
  if (session_ && session_->live() && session_->log().size() > 0) {
    if (save_path_.empty()) {
      save_path_ = (fs::temp_directory_path() / (fs::path(session_->request().path).stem().string() + ".jsonl")).string();
    }
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 11);
    ImGui::InputText("##save", &save_path_);
    ImGui::SameLine();
    if (ImGui::Button("Save this run's trace")) {
      trace::TraceMeta meta;
      meta.tickscope_version = kTickscopeVersion;
      meta.duktape_version = duktape_version();
      meta.libuv_version = uv_version_string();
      meta.clock = options_.live.deterministic ? "virtual" : "monotonic";
      meta.script = session_->request().path;
      meta.argv = {"tickscope-viz", session_->request().path};
      trace::JsonlWriter writer(save_path_, meta);
      if (writer.ok()) {
        writer.write(session_->log(), session_->strings(), session_->log().first(), session_->log().size());
        writer.finish();
        save_message_ = "saved " + std::to_string(session_->log().size()) + " events to " + save_path_;
      } else {
        save_message_ = "cannot write " + save_path_ + ": " + writer.error();
      }
    }
    if (!save_message_.empty()) ImGui::TextDisabled("%s", save_message_.c_str());
    ImGui::Separator();
  }

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
