// internalBinding('functions'): helpers about calling functions fast.
//
// withRest(fn, fixed): Duktape builds an `arguments` object every time a
// function that mentions `arguments` runs, and that costs ~4 us (measured:
// 4.2 us vs 0.16 us per call), more than a whole nextTick should. Node's
// library writes variadic functions with rest parameters,
//   function nextTick(callback, ...args)
// which ES5 cannot. withRest(function nextTick(callback, args) {...}, 1)
// returns a native function that calls the JS one with its first `fixed`
// arguments as they are and the rest gathered in an array (or undefined when
// there are none), for about a tenth of the cost. `this` passes through, and
// the wrapper keeps the name and length of the function it wraps.
#include "binding.hpp"

namespace ts {
namespace {

duk_ret_t rest_trampoline(duk_context* ctx) {
  const duk_idx_t argc = duk_get_top(ctx);
  duk_push_current_function(ctx);
  duk_get_prop_literal(ctx, -1, "\xff" "fixed");
  const duk_idx_t fixed = static_cast<duk_idx_t>(duk_get_int(ctx, -1));
  duk_pop(ctx);
  duk_get_prop_literal(ctx, -1, "\xff" "target");  // [ args... self target ]
  duk_remove(ctx, -2);
  duk_push_this(ctx);  // [ args... target this ]
  for (duk_idx_t i = 0; i < fixed; ++i) {
    if (i < argc) {
      duk_dup(ctx, i);
    } else {
      duk_push_undefined(ctx);
    }
  }
  if (argc > fixed) {
    duk_push_array(ctx);
    for (duk_idx_t i = fixed; i < argc; ++i) {
      duk_dup(ctx, i);
      duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i - fixed));
    }
  } else {
    duk_push_undefined(ctx);
  }
  duk_call_method(ctx, fixed + 1);
  return 1;
}

// withRest(fn, fixed) -> function
duk_ret_t with_rest(duk_context* ctx) {
  duk_require_function(ctx, 0);
  const duk_int_t fixed = duk_require_int(ctx, 1);
  duk_push_c_function(ctx, rest_trampoline, DUK_VARARGS);
  duk_dup(ctx, 0);
  duk_put_prop_literal(ctx, -2, "\xff" "target");
  duk_push_int(ctx, fixed);
  duk_put_prop_literal(ctx, -2, "\xff" "fixed");
  // name and length as the wrapped function's (fn.length counts the rest
  // array parameter, which a rest parameter does not).
  duk_push_literal(ctx, "name");
  duk_get_prop_literal(ctx, 0, "name");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
  duk_push_literal(ctx, "length");
  duk_push_int(ctx, fixed);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"withRest", with_rest, 2},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_functions_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
}

}  // namespace ts
