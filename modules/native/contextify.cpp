// internalBinding('contextify'): compiling user code (the CommonJS wrapper).
#include "binding.hpp"
#include "js_compile.hpp"

namespace ts {
namespace {

// compileFunction(source, filename, params[, requireId]) -> function
// params is the parameter list as source text: "exports, require, ...";
// requireId, the require() being served, becomes script.compile's id.
duk_ret_t compile_function_binding(duk_context* ctx) {
  const std::string source = require_string(ctx, 0, "source");
  const std::string filename = require_string(ctx, 1, "filename");
  const std::string params = require_string(ctx, 2, "params");
  const auto require_id = static_cast<uint32_t>(duk_get_uint_default(ctx, 3, 0));
  compile_function(ctx, source, filename, params, require_id);
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"compileFunction", compile_function_binding, DUK_VARARGS},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_contextify_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
}

}  // namespace ts
