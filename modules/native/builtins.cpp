// internalBinding('builtins'): the embedded JS library (js2c) and its compiler.
#include "binding.hpp"
#include "builtins/builtin_sources.hpp"

namespace ts {
namespace {

// compileFunction(id) -> the module's wrapper function (loaded from the
// bytecode js2c made at build time).
duk_ret_t compile_function_binding(duk_context* ctx) {
  const std::string id = require_string(ctx, 0, "id");
  builtins::push_builtin_function(ctx, id);
  return 1;
}

// hasBuiltin(id) -> boolean
duk_ret_t has_builtin(duk_context* ctx) {
  const std::string id = require_string(ctx, 0, "id");
  duk_push_boolean(ctx, builtins::find_builtin(id) != nullptr);
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"compileFunction", compile_function_binding, 1},
    {"hasBuiltin", has_builtin, 1},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_builtins_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
  duk_push_array(ctx);
  for (size_t i = 0; i < builtins::kBuiltinSourceCount; ++i) {
    duk_push_string(ctx, builtins::kBuiltinSources[i].id);
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
  }
  duk_put_prop_string(ctx, -2, "ids");
}

}  // namespace ts
