// The built-in JS library embedded at build time (see js2c.cpp).
#pragma once

#include <cstddef>
#include <string_view>

namespace ts::builtins {

struct BuiltinSource {
  const char* id;      // "events", "internal/timers", ...
  const char* data;    // NUL-terminated source
  std::size_t size;    // bytes, without the NUL
};

extern const BuiltinSource kBuiltinSources[];
extern const std::size_t kBuiltinSourceCount;

// The source of a built-in module, or nullptr.
const BuiltinSource* find_builtin(std::string_view id);

}  // namespace ts::builtins
