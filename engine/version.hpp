// Version strings: tickscope's own, the Node API level it follows, and the
// versions of the libraries it was built with.
#pragma once

#include <string>

namespace ts {

inline constexpr const char* kTickscopeVersion = "0.1.0";
// process.version: the Node release whose JS-visible behaviour tickscope
// follows (process.versions.tickscope has our own).
inline constexpr const char* kNodeCompatVersion = "v20.0.0";

// "2.7.0", from DUK_VERSION.
std::string duktape_version();

}  // namespace ts
