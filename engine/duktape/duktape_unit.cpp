// The Duktape engine as one translation unit, compiled as C++.
//
// Debian's duktape-dev ships duktape.c; we include it here instead of
// compiling it directly so that the few helpers below can reach the engine's
// internal structures (they are not part of the public API). Keep this file
// to what genuinely needs internals.
#include "duktape.c"

#include "duk_internal_helpers.hpp"

namespace ts::duk_internal {

void request_interrupt(duk_context* ctx) {
  // The next bytecode instruction runs the executor interrupt, which calls
  // DUK_USE_EXEC_TIMEOUT_CHECK. Without this a tight loop could run up to
  // 256K more instructions before noticing that the runtime is exiting.
  auto* thr = reinterpret_cast<duk_hthread*>(ctx);
  thr->interrupt_init = 0;
  thr->interrupt_counter = 0;
  // Other coroutines (Duktape threads) share the heap; the current one is
  // what is running.
  if (thr->heap->curr_thread != nullptr) {
    thr->heap->curr_thread->interrupt_init = 0;
    thr->heap->curr_thread->interrupt_counter = 0;
  }
}

void prevent_extensions(duk_context* ctx, duk_idx_t idx) {
  auto* thr = reinterpret_cast<duk_hthread*>(ctx);
  duk_hobject* h = duk_require_hobject(thr, idx);
  DUK_HOBJECT_CLEAR_EXTENSIBLE(h);
}

void reserve_properties(duk_context* ctx, duk_idx_t idx, unsigned count) {
  auto* thr = reinterpret_cast<duk_hthread*>(ctx);
  duk_hobject* h = duk_require_hobject(thr, idx);
  if (DUK_HOBJECT_GET_ESIZE(h) < count) duk_hobject_resize_entrypart(thr, h, count);
}

void define_own(duk_context* ctx, duk_idx_t obj_idx) {
  auto* thr = reinterpret_cast<duk_hthread*>(ctx);
  duk_xdef_prop(thr, obj_idx, DUK_PROPDESC_FLAGS_WEC);
}

}  // namespace ts::duk_internal
