// The parameters of a built-in module's wrapper function, as in Node's
// BuiltinLoader: bootstrap and main scripts get (process, require,
// internalBinding); every other module the CommonJS set plus process and
// internalBinding. Shared by js2c (which compiles them at build time) and
// the runtime.
#pragma once

#include <string_view>

namespace ts::builtins {

inline const char* wrapper_params(std::string_view id) {
  if (id.rfind("internal/bootstrap/", 0) == 0 || id.rfind("internal/main/", 0) == 0) {
    return "process, require, internalBinding";
  }
  return "exports, require, module, process, internalBinding";
}

}  // namespace ts::builtins
