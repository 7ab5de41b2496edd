// tickscope: the command-line program (see engine/cli.cpp).
#include <string>
#include <vector>

#include "cli.hpp"

int main(int argc, char** argv) {
  return ts::cli::main(std::vector<std::string>(argv, argv + argc));
}
