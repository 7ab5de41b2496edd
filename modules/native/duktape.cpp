// internalBinding('duktape'): the engine's Duktape object (info, act, fin,
// gc, compact, ...), which engine/engine_globals.cpp takes off the global
// object before any JS runs. Only the built-in library can reach it.
#include "binding.hpp"

namespace ts {

void init_duktape_binding(duk_context* ctx) {
  duk_push_heap_stash(ctx);
  duk_get_prop_literal(ctx, -1, "\xff" "duktape");  // [ stash Duktape ]
  duk_remove(ctx, -2);
}

}  // namespace ts
