// internalBinding('signal_wrap'): watching signals (Node's src/signal_wrap.cc),
// behind process.on('SIGINT', ...) (modules/lib/internal/process/signals.js).
//
//   var handle = new Signal()
//   handle.onsignal = function (signum) {...}
//   handle.start(signum) -> uv error or 0;  handle.stop()
//
// libuv delivers signals through its signal pipe, so onsignal runs in the
// poll phase, recorded as signal.receive and a callback kind "signal". The
// JS side unrefs the handle: watching a signal never keeps a process alive.
#include "binding.hpp"
#include "handle_wrap.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

class SignalWrap : public HandleWrap {
 public:
  SignalWrap(Runtime& rt, duk_context* ctx, duk_idx_t object) : HandleWrap(rt, ctx, object, "signal") {
    uv_signal_init(rt.loop(), &handle_);
    handle_.data = static_cast<HandleWrap*>(this);
    set_initialized();
  }
  uv_handle_t* uv_handle() override { return reinterpret_cast<uv_handle_t*>(&handle_); }

  int start(int signum) {
    start_cause_ = rt_.execution_id();
    const int err = uv_signal_start(&handle_, on_signal, signum);
    record_watch(signum, err == 0);
    return err;
  }
  int stop() {
    const int signum = handle_.signum;
    const int err = uv_signal_stop(&handle_);
    record_watch(signum, false);
    return err;
  }

 private:
  void record_watch(int signum, bool active) {
    auto& rec = rt_.recorder();
    if (rec.enabled()) {
      rec.record(trace::EventKind::SignalWatch, id_, rt_.execution_id(), rec.str(signal_name(signum)), active);
    }
  }

  static void on_signal(uv_signal_t* handle, int signum) {
    auto* self = static_cast<SignalWrap*>(static_cast<HandleWrap*>(handle->data));
    Runtime& rt = self->rt_;
    duk_context* ctx = rt.ctx();
    if (ctx == nullptr || !rt.can_call_into_js()) return;
    auto& rec = rt.recorder();
    if (rec.enabled()) rec.record(trace::EventKind::SignalReceive, self->id_, self->start_cause_, rec.str(signal_name(signum)));
    rt.probe().on_io_callback();
    duk_push_int(ctx, signum);
    self->call_method("onsignal", 1, self->id_, self->start_cause_);
  }

  uv_signal_t handle_;
  uint32_t start_cause_ = 0;
};

SignalWrap* signal_this(duk_context* ctx) {
  HandleWrap* w = HandleWrap::from_this(ctx);
  if (w == nullptr || w->closing()) return nullptr;
  return static_cast<SignalWrap*>(w);
}

duk_ret_t signal_new(duk_context* ctx) {
  if (!duk_is_constructor_call(ctx)) return duk_error(ctx, DUK_ERR_TYPE_ERROR, "Class constructor Signal cannot be invoked without 'new'");
  duk_push_this(ctx);
  new SignalWrap(Runtime::from(ctx), ctx, -1);
  return 0;
}

duk_ret_t signal_start(duk_context* ctx) {
  SignalWrap* w = signal_this(ctx);
  duk_push_int(ctx, w == nullptr ? UV_EBADF : w->start(duk_require_int(ctx, 0)));
  return 1;
}

duk_ret_t signal_stop(duk_context* ctx) {
  SignalWrap* w = signal_this(ctx);
  duk_push_int(ctx, w == nullptr ? UV_EBADF : w->stop());
  return 1;
}

const duk_function_list_entry kSignalMethods[] = {
    {"start", signal_start, 1},
    {"stop", signal_stop, 0},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_signal_wrap_binding(duk_context* ctx) {
  duk_push_object(ctx);
  duk_push_c_function(ctx, signal_new, DUK_VARARGS);
  duk_push_literal(ctx, "name");
  duk_push_literal(ctx, "Signal");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  duk_push_object(ctx);
  HandleWrap::put_methods(ctx, -1);
  duk_put_function_list(ctx, -1, kSignalMethods);
  duk_dup(ctx, -2);
  duk_put_prop_literal(ctx, -2, "constructor");
  duk_put_prop_literal(ctx, -2, "prototype");
  duk_put_prop_literal(ctx, -2, "Signal");
}

}  // namespace ts
