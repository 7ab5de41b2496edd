// internalBinding('builtins'): the embedded JS library (js2c) and its compiler.
#include "binding.hpp"
#include "builtins/builtin_sources.hpp"
#include "js_compile.hpp"

namespace ts {
namespace {

// The parameters a builtin's wrapper takes, as in Node's BuiltinLoader:
// bootstrap and main scripts get (process, require, internalBinding), every
// other module the CommonJS set plus process and internalBinding.
const char* params_for(std::string_view id) {
  if (id.rfind("internal/bootstrap/", 0) == 0 || id.rfind("internal/main/", 0) == 0) {
    return "process, require, internalBinding";
  }
  return "exports, require, module, process, internalBinding";
}

// compileFunction(id) -> function
duk_ret_t compile_function_binding(duk_context* ctx) {
  const std::string id = require_string(ctx, 0, "id");
  const builtins::BuiltinSource* src = builtins::find_builtin(id);
  if (src == nullptr) (void) duk_error(ctx, DUK_ERR_ERROR, "No such built-in module: %s", id.c_str());
  compile_function(ctx, std::string_view(src->data, src->size), "node:" + id, params_for(id));
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
