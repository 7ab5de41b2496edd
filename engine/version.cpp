#include "version.hpp"

#include <duktape.h>

namespace ts {

std::string duktape_version() {
  const long v = DUK_VERSION;
  return std::to_string(v / 10000) + "." + std::to_string((v / 100) % 100) + "." +
         std::to_string(v % 100);
}

}  // namespace ts
