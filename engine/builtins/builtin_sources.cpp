#include "builtins/builtin_sources.hpp"

#include <string>

namespace ts::builtins {

const BuiltinSource* find_builtin(std::string_view id) {
  for (std::size_t i = 0; i < kBuiltinSourceCount; ++i) {
    if (id == kBuiltinSources[i].id) return &kBuiltinSources[i];
  }
  return nullptr;
}

void push_builtin_function(duk_context* ctx, std::string_view id) {
  const BuiltinSource* src = find_builtin(id);
  if (src == nullptr) {
    const std::string name(id);
    (void) duk_error(ctx, DUK_ERR_ERROR, "No such built-in module: %s", name.c_str());
  }
  // duk_load_function copies what it needs out of the buffer.
  duk_push_external_buffer(ctx);
  duk_config_buffer(ctx, -1, const_cast<unsigned char*>(src->data), src->size);
  duk_load_function(ctx);
}

}  // namespace ts::builtins
