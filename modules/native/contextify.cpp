// internalBinding('contextify'): compiling user code (the CommonJS wrapper).
#include "binding.hpp"
#include "js_compile.hpp"

namespace ts {
namespace {

// compileFunction(source, filename, params) -> function
// params is the parameter list as source text: "exports, require, ...".
duk_ret_t compile_function_binding(duk_context* ctx) {
  const std::string source = require_string(ctx, 0, "source");
  const std::string filename = require_string(ctx, 1, "filename");
  const std::string params = require_string(ctx, 2, "params");
  compile_function(ctx, source, filename, params);
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"compileFunction", compile_function_binding, 3},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_contextify_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
}

}  // namespace ts
