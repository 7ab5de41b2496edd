// `tickscope export`: a saved trace, and the traces of the processes it
// started, as one Chrome trace.
#pragma once

#include <string>
#include <vector>

namespace ts {

// argv[first..] are export's arguments. Returns the exit code (2: usage).
int export_main(const std::vector<std::string>& argv, size_t first);

}  // namespace ts
