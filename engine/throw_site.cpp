// Where a value that is not an Error was thrown.
//
// `throw 'text'` or `throw {code: 1}` carries no stack, yet Node prints the
// file, line and source line of the throw when such a value is uncaught (V8
// keeps the location of every throw). Duktape calls Duktape.errThrow for
// every value thrown, so the hook below remembers the location of each
// non-Error throw; the fatal-error printer (internal/process/execution.js)
// and the trace's error.uncaught read it through
// internalBinding('errors').lastThrowSite(). Error objects are skipped: their
// stack already says where they came from, and that keeps the hook off the
// path of ordinary exceptions.
#include "runtime.hpp"

namespace ts {
namespace {

// Duktape.errThrow(value) -> value
duk_ret_t remember_throw_site(duk_context* ctx) {
  if (duk_is_error(ctx, 0)) return 1;
  Runtime::ThrowSite& site = Runtime::from(ctx).last_throw_site();
  site.line = 0;
  site.file.clear();
  // Level -1 is this hook; -2 the function that threw.
  duk_inspect_callstack_entry(ctx, -2);  // [ value entry|undefined ]
  if (duk_is_object(ctx, -1)) {
    duk_get_prop_literal(ctx, -1, "lineNumber");
    site.line = duk_get_int_default(ctx, -1, 0);
    duk_pop(ctx);
    duk_get_prop_literal(ctx, -1, "function");  // [ value entry fn ]
    if (duk_is_object(ctx, -1)) {
      duk_get_prop_literal(ctx, -1, "fileName");
      if (duk_is_string(ctx, -1)) site.file = duk_get_string(ctx, -1);
      duk_pop(ctx);
    }
    duk_pop(ctx);
  }
  duk_set_top(ctx, 1);
  return 1;
}

}  // namespace

void Runtime::install_throw_site_hook() {
  duk_get_global_literal(ctx_, "Duktape");  // [ Duktape ]
  duk_push_c_function(ctx_, remember_throw_site, 1);
  duk_put_prop_literal(ctx_, -2, "errThrow");
  duk_pop(ctx_);
}

}  // namespace ts
