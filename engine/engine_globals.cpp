// Duktape's own globals, kept away from user scripts.
//
// Duktape puts `Duktape` (info, act, fin, gc, the errCreate/errThrow hooks)
// and `CBOR` on the global object; Node has neither, and a script that
// feature-tests `typeof Duktape` must see what it sees in Node. The objects
// stay alive: the Duktape object is moved to the heap stash, where the
// library reaches it as internalBinding('duktape') (modules/native/duktape.cpp),
// and the engine keeps its own reference, through which it finds the
// errCreate/errThrow hooks (duk__err_augment_user reads the built-in object,
// not the global), so throw_site.cpp's hook keeps working.
#include "runtime.hpp"

namespace ts {

void Runtime::hide_engine_globals() {
  duk_push_heap_stash(ctx_);
  duk_get_global_literal(ctx_, "Duktape");  // [ stash Duktape ]
  duk_put_prop_literal(ctx_, -2, "\xff" "duktape");
  duk_pop(ctx_);
  duk_push_global_object(ctx_);
  duk_del_prop_literal(ctx_, -1, "Duktape");
  duk_del_prop_literal(ctx_, -1, "CBOR");
  duk_pop(ctx_);
}

}  // namespace ts
