// The `tickscope` command line: parsing and the commands.
#pragma once

#include <string>
#include <vector>

namespace ts::cli {

// Runs the command line; returns the process exit code.
int main(const std::vector<std::string>& argv);

}  // namespace ts::cli
