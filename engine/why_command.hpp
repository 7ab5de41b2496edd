// `tickscope why`: "why did this callback run now?" at the terminal.
#pragma once

#include <string>
#include <vector>

namespace ts {

// argv[first..] are why's arguments. Returns the exit code: 0 when every
// callback asked about was found, 1 when one was not, 2 for a usage error.
int why_main(const std::vector<std::string>& argv, size_t first);

}  // namespace ts
