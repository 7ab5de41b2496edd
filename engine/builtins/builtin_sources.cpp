#include "builtins/builtin_sources.hpp"

namespace ts::builtins {

const BuiltinSource* find_builtin(std::string_view id) {
  for (std::size_t i = 0; i < kBuiltinSourceCount; ++i) {
    if (id == kBuiltinSources[i].id) return &kBuiltinSources[i];
  }
  return nullptr;
}

}  // namespace ts::builtins
