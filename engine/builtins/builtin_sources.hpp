// The built-in JS library, embedded at build time as Duktape bytecode (js2c.cpp).
#pragma once

#include <cstddef>
#include <string_view>

namespace ts::builtins {

struct BuiltinSource {
  const char* id;              // "events", "internal/timers", ...
  const unsigned char* data;   // the wrapper function's bytecode (duk_dump_function)
  std::size_t size;
};

extern const BuiltinSource kBuiltinSources[];
extern const std::size_t kBuiltinSourceCount;

// The built-in module `id`, or nullptr.
const BuiltinSource* find_builtin(std::string_view id);

}  // namespace ts::builtins

#include <duktape.h>

namespace ts::builtins {

// Pushes built-in `id`'s wrapper function, or throws an Error if there is none.
// [ ... ] -> [ ... fn ]
void push_builtin_function(duk_context* ctx, std::string_view id);

}  // namespace ts::builtins
