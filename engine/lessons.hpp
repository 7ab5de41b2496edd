// Finding the lessons (lessons/NN-slug/): `tickscope lessons` lists them,
// `tickscope grade --lesson NN` grades against one.
#pragma once

#include <string>
#include <vector>

namespace ts {

struct LessonInfo {
  std::string id;     // "04"
  std::string slug;   // "immediate-batches"
  std::string dir;    // absolute path of the lesson's folder
  std::string title;  // the README's first heading, or the slug
};

// The lessons folder: $TICKSCOPE_LESSONS, ./lessons, or next to the binary
// (../lessons, ../../lessons). Empty if none is found.
std::string find_lessons_dir(const std::string& exe_path);

// Every lesson in `dir`, sorted by number.
std::vector<LessonInfo> list_lessons(const std::string& dir);

// The lesson whose number or slug is `key` ("4", "04", "04-immediate-batches").
bool find_lesson(const std::string& dir, const std::string& key, LessonInfo* out);

}  // namespace ts
