// Every native binding, by name: internalBinding(name) looks here.
#include "binding.hpp"

namespace ts {

#define TS_BINDINGS(X) \
  X(buffer)            \
  X(builtins)          \
  X(cares_wrap)        \
  X(constants_fs)      \
  X(crypto)            \
  X(duktape)           \
  X(contextify)        \
  X(errors)            \
  X(fs)                \
  X(functions)         \
  X(http_parser)       \
  X(math)              \
  X(os)                \
  X(pipe_wrap)         \
  X(process_methods)   \
  X(process_wrap)      \
  X(signal_wrap)       \
  X(spawn_sync)        \
  X(stdio)             \
  X(task_queue)        \
  X(tcp_wrap)          \
  X(timers)            \
  X(trace)             \
  X(uv)                \
  X(zlib)

#define X(name) void init_##name##_binding(duk_context* ctx);
TS_BINDINGS(X)
#undef X

namespace {

const BindingEntry kBindings[] = {
#define X(name) {#name, init_##name##_binding},
    TS_BINDINGS(X)
#undef X
};

}  // namespace

const BindingEntry* find_binding(std::string_view name) {
  for (const BindingEntry& b : kBindings) {
    if (name == b.name) return &b;
  }
  return nullptr;
}

}  // namespace ts
