#include "lessons.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace ts {

namespace fs = std::filesystem;

std::string find_lessons_dir(const std::string& exe_path) {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("TICKSCOPE_LESSONS")) candidates.emplace_back(env);
  candidates.emplace_back(fs::current_path() / "lessons");
  const fs::path exe_dir = fs::path(exe_path).parent_path();
  candidates.push_back(exe_dir / ".." / "lessons");
  candidates.push_back(exe_dir / ".." / ".." / "lessons");
  for (const fs::path& c : candidates) {
    std::error_code ec;
    if (fs::is_directory(c, ec)) return fs::weakly_canonical(c, ec).string();
  }
  return {};
}

std::vector<LessonInfo> list_lessons(const std::string& dir) {
  std::vector<LessonInfo> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_directory()) continue;
    const std::string name = entry.path().filename().string();
    const size_t dash = name.find('-');
    if (dash == std::string::npos || dash == 0) continue;
    if (!std::all_of(name.begin(), name.begin() + static_cast<long>(dash), ::isdigit)) continue;
    LessonInfo info;
    info.id = name.substr(0, dash);
    info.slug = name.substr(dash + 1);
    info.dir = entry.path().string();
    info.title = info.slug;
    std::ifstream readme(entry.path() / "README.md");
    std::string line;
    while (std::getline(readme, line)) {
      if (line.rfind("# ", 0) == 0) {
        info.title = line.substr(2);
        break;
      }
    }
    out.push_back(std::move(info));
  }
  std::sort(out.begin(), out.end(), [](const LessonInfo& a, const LessonInfo& b) {
    return std::stoi(a.id) < std::stoi(b.id);
  });
  return out;
}

bool find_lesson(const std::string& dir, const std::string& key, LessonInfo* out) {
  for (const LessonInfo& info : list_lessons(dir)) {
    const bool numeric = !key.empty() && std::all_of(key.begin(), key.end(), ::isdigit);
    if ((numeric && std::stoi(key) == std::stoi(info.id)) || key == info.id + "-" + info.slug ||
        key == info.slug) {
      *out = info;
      return true;
    }
  }
  return false;
}

}  // namespace ts
