// internalBinding('errors'): where uncaught exceptions go.
#include "binding.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

// setUncaughtHandler(fn): fn(error, fromPromise) emits 'uncaughtException'
// or prints the error and exits (internal/process/execution.js).
duk_ret_t set_uncaught_handler(duk_context* ctx) {
  duk_require_function(ctx, 0);
  Runtime::from(ctx).set_callback(JsCallback::Uncaught, 0);
  return 0;
}

// triggerUncaughtException(error, fromPromise): the uncaught path, from JS
// (an unhandled rejection).
duk_ret_t trigger_uncaught_exception(duk_context* ctx) {
  const bool from_promise = duk_to_boolean(ctx, 1);
  duk_dup(ctx, 0);
  Runtime::from(ctx).handle_uncaught(from_promise);
  return 0;
}

// lastThrowSite() -> [file, line] of the last non-Error value thrown, or
// null (engine/throw_site.cpp).
duk_ret_t last_throw_site(duk_context* ctx) {
  const Runtime::ThrowSite& site = Runtime::from(ctx).last_throw_site();
  if (site.line <= 0 || site.file.empty()) {
    duk_push_null(ctx);
    return 1;
  }
  duk_push_array(ctx);
  duk_push_lstring(ctx, site.file.data(), site.file.size());
  duk_put_prop_index(ctx, -2, 0);
  duk_push_int(ctx, site.line);
  duk_put_prop_index(ctx, -2, 1);
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"setUncaughtHandler", set_uncaught_handler, 1},
    {"triggerUncaughtException", trigger_uncaught_exception, 2},
    {"lastThrowSite", last_throw_site, 0},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_errors_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
}

}  // namespace ts
