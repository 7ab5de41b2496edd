/*
 * tickscope's changes to the Duktape 2.7 configuration.
 *
 * Debian's duktape-dev ships the amalgamated sources and the stock
 * duk_config.h under /usr/share/duktape. The build copies that header and
 * puts `#include "duk_overrides.h"` where its __OVERRIDE_DEFINES__ marker
 * is (cmake/duktape.cmake), so every change we make is in this one file.
 */

/* Bindings are C++ and use RAII. With C++ exceptions a Duktape error
 * (duk_error, duk_require_*) unwinds C++ frames properly instead of
 * longjmp'ing over their destructors. duktape.c is compiled as C++. */
#define DUK_USE_CPP_EXCEPTIONS

/* A runaway script (while (true) {}) must stop at a limit, and
 * process.exit() must not be swallowed by a user's catch block: both use
 * the bytecode executor's periodic interrupt check. */
#define DUK_USE_INTERRUPT_COUNTER
#define DUK_USE_EXEC_TIMEOUT_CHECK(udata) ts_duk_exec_timeout_check((udata))
int ts_duk_exec_timeout_check(void* heap_udata);

/* Date.now() and performance.now() read the runtime's clock, so that the
 * deterministic mode can make them virtual. */
#define DUK_USE_DATE_GET_NOW(ctx) ts_duk_date_now((void*) (ctx))
#define DUK_USE_GET_MONOTONIC_TIME(ctx) ts_duk_monotonic_now((void*) (ctx))
double ts_duk_date_now(void* ctx);
double ts_duk_monotonic_now(void* ctx);

/* Node keeps every frame in a stack trace; Duktape's tail calls drop the
 * caller's frame ("return f(x)"), which makes traces confusing to read. */
#undef DUK_USE_TAILCALL

/* JSON.stringify is used by console formatting (%j) and trace tooling. */
#define DUK_USE_JSON_STRINGIFY_FASTPATH
