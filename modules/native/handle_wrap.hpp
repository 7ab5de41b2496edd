// HandleWrap: a libuv handle owned by a JS object (Node's src/handle_wrap.h).
//
// Each wrap is a small C++ object that embeds its uv handle (uv_tcp_t,
// uv_pipe_t, uv_process_t, uv_signal_t) and is tied to one JS object, made by
// the binding's constructor (`new TCP(type)`, modules/native/tcp_wrap.cpp):
//
//   - the JS object holds the wrap's address in a hidden property, and the
//     binding's methods find the wrap through `this`;
//   - the wrap keeps the JS object alive in the slot table (engine/js_slots.hpp)
//     for as long as the uv handle lives, so a socket nobody references still
//     gets its callbacks;
//   - close() calls uv_close; the wrap is freed only in the close callback,
//     which runs in the loop's close phase. There the JS close callback (if
//     one was given) runs through the funnel as callback.enter kind "close",
//     the slot is released and the JS object forgets the address (later
//     calls on it are no-ops).
//
// Every callback from libuv into JS goes through call_method(): the phase
// probe is told (on_io_callback / on_close_callback), the call is recorded by
// a CallbackScope with the wrap's kind ("tcp", "pipe", "process", "signal")
// and id, and the microtask checkpoint follows.
#pragma once

#include <duktape.h>
#include <uv.h>

#include <cstdint>

namespace ts {

class Runtime;

class HandleWrap {
 public:
  HandleWrap(Runtime& rt, duk_context* ctx, duk_idx_t object, const char* kind);
  virtual ~HandleWrap();
  HandleWrap(const HandleWrap&) = delete;
  HandleWrap& operator=(const HandleWrap&) = delete;

  // The embedded uv handle, or nullptr while it is not initialised (a
  // process handle before spawn).
  virtual uv_handle_t* uv_handle() = 0;

  Runtime& rt() { return rt_; }
  uint32_t id() const { return id_; }
  uint32_t cause() const { return cause_; }
  const char* kind() const { return kind_; }
  bool closing() const { return closing_; }

  // [ ... ] -> [ ... object ]
  void push_object(duk_context* ctx) const;

  // Calls object[method](args...) as a callback from the loop, through the
  // funnel: [ ... args ] -> [ ... ]. The callback is recorded with this
  // wrap's kind and `id`, caused by `cause`. Skipped (args popped) when JS
  // can no longer run or the method is not a function.
  void call_method(const char* method, duk_idx_t nargs, uint32_t id, uint32_t cause);

  // uv_close; the JS function at cb_index (if it is one) runs in the close
  // phase. Closing twice is a no-op.
  void close(duk_context* ctx, duk_idx_t cb_index);

  // The heap is being destroyed: close without calling into JS (the close
  // callback then frees the wrap).
  void close_at_teardown();

  // The wrap behind `this` of a binding method (nullptr once closed).
  static HandleWrap* from_this(duk_context* ctx);
  // The wrap behind the JS object at idx (nullptr if none).
  static HandleWrap* from_object(duk_context* ctx, duk_idx_t idx);

  // Common methods of every handle's prototype: close, ref, unref, hasRef,
  // getAsyncId.
  static void put_methods(duk_context* ctx, duk_idx_t proto);

 protected:
  // The handle was initialised (uv_*_init succeeded): it must be closed.
  void set_initialized() { initialized_ = true; }
  // Called when the uv handle is gone (close callback), before the JS side
  // is told. Subclasses release what they hold.
  virtual void on_closed() {}

  Runtime& rt_;
  uint32_t slot_;
  uint32_t id_;
  uint32_t cause_;
  const char* kind_;

 private:
  static void on_close(uv_handle_t* handle);
  void detach();

  void* registry_ = nullptr;  // the runtime's set of live wraps (handle_wrap.cpp)
  bool initialized_ = false;
  bool closing_ = false;
  int64_t close_cb_slot_ = -1;
  uint32_t close_cause_ = 0;
};

// A signal's name ("SIGTERM"), or "" (modules/native/process_wrap.cpp).
const char* signal_name(int signo);

// A uv error's code name ("ECONNREFUSED"), or "" for 0.
const char* uv_error_code(int err);

}  // namespace ts
