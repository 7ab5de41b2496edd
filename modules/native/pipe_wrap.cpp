// internalBinding('pipe_wrap'): Unix domain sockets, child stdio pipes and
// IPC channels (Node's src/pipe_wrap.cc).
//
//   var handle = new Pipe(constants.SOCKET | constants.SERVER | constants.IPC)
//   handle.bind(path) / listen(backlog) / onconnection(err, clientHandle)
//   handle.connect(req, path)        -> later req.oncomplete(status, handle, req, true, true)
//   handle.open(fd)                  adopt an fd (the child's end of an IPC channel)
// plus the stream methods (stream_wrap.hpp) and the handle methods. An IPC
// pipe (constants.IPC) can carry handles: writeUtf8String(req, s, handle)
// sends one with the bytes (uv_write2), and onread's third argument is a
// handle that came in.
#include <string>

#include "binding.hpp"
#include "runtime.hpp"
#include "stream_wrap.hpp"

namespace ts {
namespace {

enum PipeType { kSocket = 0, kServer = 1, kIpc = 2 };

class PipeWrap : public StreamWrap {
 public:
  PipeWrap(Runtime& rt, duk_context* ctx, duk_idx_t object, bool ipc)
      : StreamWrap(rt, ctx, object, "pipe") {
    uv_pipe_init(rt.loop(), &handle_, ipc ? 1 : 0);
    handle_.data = static_cast<HandleWrap*>(this);
    set_initialized();
  }
  uv_stream_t* stream() override { return reinterpret_cast<uv_stream_t*>(&handle_); }
  uv_pipe_t* pipe() { return &handle_; }

  static void on_connection(uv_stream_t* server, int status);

 private:
  uv_pipe_t handle_;
};

PipeWrap* pipe_this(duk_context* ctx) {
  HandleWrap* w = HandleWrap::from_this(ctx);
  if (w == nullptr || w->closing()) return nullptr;
  return static_cast<PipeWrap*>(w);
}

duk_ret_t pipe_new(duk_context* ctx) {
  if (!duk_is_constructor_call(ctx)) return duk_error(ctx, DUK_ERR_TYPE_ERROR, "Class constructor Pipe cannot be invoked without 'new'");
  const int type = duk_get_int_default(ctx, 0, kSocket);
  duk_push_this(ctx);
  new PipeWrap(Runtime::from(ctx), ctx, -1, type == kIpc);
  return 0;
}

duk_ret_t pipe_bind(duk_context* ctx) {
  PipeWrap* w = pipe_this(ctx);
  const std::string name = require_string(ctx, 0, "path");
  duk_push_int(ctx, w == nullptr ? UV_EBADF : uv_pipe_bind(w->pipe(), name.c_str()));
  return 1;
}

void PipeWrap::on_connection(uv_stream_t* server, int status) {
  // No remote to name: a Unix socket's peer is unnamed.
  static_cast<PipeWrap*>(static_cast<HandleWrap*>(server->data))->accept_connection(status, nullptr);
}

std::string pipe_name(uv_pipe_t* p, bool peer) {
  char buf[1024];
  size_t len = sizeof buf;
  const int err = peer ? uv_pipe_getpeername(p, buf, &len) : uv_pipe_getsockname(p, buf, &len);
  if (err != 0) return {};
  return std::string(buf, len);
}

duk_ret_t pipe_listen(duk_context* ctx) {
  PipeWrap* w = pipe_this(ctx);
  if (w == nullptr) {
    duk_push_int(ctx, UV_EBADF);
    return 1;
  }
  Runtime& rt = w->rt();
  const int backlog = duk_get_int_default(ctx, 0, 511);
  w->listen_cause = rt.execution_id();
  const int err = uv_listen(w->stream(), backlog, PipeWrap::on_connection);
  auto& rec = rt.recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::NetListen, w->id(), w->listen_cause, rec.str(pipe_name(w->pipe(), false)),
               0, backlog, rec.str(uv_error_code(err)));
  }
  duk_push_int(ctx, err);
  return 1;
}

// connect(req, path)
duk_ret_t pipe_connect(duk_context* ctx) {
  PipeWrap* w = pipe_this(ctx);
  if (w == nullptr) {
    duk_push_int(ctx, UV_EBADF);
    return 1;
  }
  Runtime& rt = w->rt();
  const std::string name = require_string(ctx, 1, "path");
  ConnectReq* req = ConnectReq::make(ctx, w, 0);
  // uv_pipe_connect reports every error through the callback.
  uv_pipe_connect(&req->req, w->pipe(), name.c_str(), ConnectReq::on_connect);
  auto& rec = rt.recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::NetConnect, w->id(), rt.execution_id(), rec.str(name), 0, req->id,
               rec.str(""));
  }
  duk_push_int(ctx, 0);
  return 1;
}

duk_ret_t pipe_open(duk_context* ctx) {
  PipeWrap* w = pipe_this(ctx);
  duk_push_int(ctx, w == nullptr ? UV_EBADF : uv_pipe_open(w->pipe(), duk_require_int(ctx, 0)));
  return 1;
}

// getsockname() / getpeername() -> the path, or ''
duk_ret_t pipe_getsockname(duk_context* ctx) {
  PipeWrap* w = pipe_this(ctx);
  const std::string s = w == nullptr ? std::string() : pipe_name(w->pipe(), false);
  duk_push_lstring(ctx, s.data(), s.size());
  return 1;
}

duk_ret_t pipe_getpeername(duk_context* ctx) {
  PipeWrap* w = pipe_this(ctx);
  const std::string s = w == nullptr ? std::string() : pipe_name(w->pipe(), true);
  duk_push_lstring(ctx, s.data(), s.size());
  return 1;
}

duk_ret_t pipe_fchmod(duk_context* ctx) {
  PipeWrap* w = pipe_this(ctx);
  duk_push_int(ctx, w == nullptr ? UV_EBADF : uv_pipe_chmod(w->pipe(), duk_get_int(ctx, 0)));
  return 1;
}

duk_ret_t pipe_set_pending_instances(duk_context*) { return 0; }

const duk_function_list_entry kPipeMethods[] = {
    {"bind", pipe_bind, 1},
    {"listen", pipe_listen, 1},
    {"connect", pipe_connect, 2},
    {"open", pipe_open, 1},
    {"getsockname", pipe_getsockname, 0},
    {"getpeername", pipe_getpeername, 0},
    {"fchmod", pipe_fchmod, 1},
    {"setPendingInstances", pipe_set_pending_instances, 1},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_pipe_wrap_binding(duk_context* ctx) {
  duk_push_object(ctx);
  duk_push_c_function(ctx, pipe_new, DUK_VARARGS);
  duk_push_literal(ctx, "name");
  duk_push_literal(ctx, "Pipe");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  duk_push_object(ctx);
  StreamWrap::put_methods(ctx, -1);
  duk_put_function_list(ctx, -1, kPipeMethods);
  duk_dup(ctx, -2);
  duk_put_prop_literal(ctx, -2, "constructor");
  duk_put_prop_literal(ctx, -2, "prototype");
  duk_put_prop_literal(ctx, -2, "Pipe");
  duk_push_object(ctx);
  duk_push_int(ctx, kSocket);
  duk_put_prop_literal(ctx, -2, "SOCKET");
  duk_push_int(ctx, kServer);
  duk_put_prop_literal(ctx, -2, "SERVER");
  duk_push_int(ctx, kIpc);
  duk_put_prop_literal(ctx, -2, "IPC");
  duk_put_prop_literal(ctx, -2, "constants");
  StreamWrap::push_stream_state(ctx);
  duk_put_prop_literal(ctx, -2, "streamState");
}

}  // namespace ts
