#include "loop_bridge.hpp"

#include <cstring>

#include "runtime.hpp"

namespace ts {

void LoopBridge::call(const LoopCallback& cb) {
  duk_context* ctx = rt_.ctx();
  const bool immediate = std::strcmp(cb.kind, "immediate") == 0;
  slots_.push(ctx, cb.slot);  // [ ... obj ]
  if (immediate) {
    duk_get_prop_literal(ctx, -1, "_onImmediate");
  } else {
    duk_get_prop_literal(ctx, -1, "_onTimeout");
  }
  if (!duk_is_function(ctx, -1)) {  // cleared meanwhile: nothing to run
    duk_pop_2(ctx);
    return;
  }
  duk_dup(ctx, -2);  // [ ... obj fn this=obj ]
  if (immediate) {
    duk_get_prop_literal(ctx, -3, "_argv");
  } else {
    duk_get_prop_literal(ctx, -3, "_timerArgs");
  }
  duk_idx_t nargs = 0;
  if (duk_is_array(ctx, -1)) {
    const duk_idx_t args = duk_get_top_index(ctx);
    nargs = static_cast<duk_idx_t>(duk_get_length(ctx, args));
    duk_require_stack(ctx, nargs);  // setTimeout.apply(null, [fn, 1].concat(many args))
    for (duk_idx_t i = 0; i < nargs; ++i) duk_get_prop_index(ctx, args, static_cast<duk_uarridx_t>(i));
    duk_remove(ctx, args);
  } else {
    duk_pop(ctx);
  }
  // [ ... obj fn this args... ]
  CallbackScope scope(rt_, cb.kind, cb.id, cb.cause, duk_get_top(ctx) - nargs - 2);
  scope.set_threw(!rt_.call_into_js(nargs));
  duk_pop_2(ctx);  // [ ... ]
}

void LoopBridge::run_next_ticks() { rt_.run_checkpoint(); }

void LoopBridge::release(uint32_t slot) { slots_.release(rt_.ctx(), slot); }

bool LoopBridge::can_call_into_js() const { return rt_.can_call_into_js(); }

}  // namespace ts
