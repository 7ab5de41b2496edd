// `tickscope grade`: runs a script headless and grades it (docs/grading.md).
#pragma once

#include <string>
#include <vector>

namespace ts::grade {

// argv[first..] are grade's arguments. Returns the exit code: 0 when every
// check passed, 1 when one failed, 2 for a usage error.
int grade_main(const std::vector<std::string>& argv, size_t first);

}  // namespace ts::grade
