#include "stream_wrap.hpp"

#include <cstring>
#include <string>

#include "binding.hpp"
#include "buffer.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

thread_local double g_stream_state[kStreamStateCount];
// One read buffer per loop thread: libuv calls alloc then read, back to back.
thread_local char g_read_buffer[64 * 1024];

struct WriteReq {
  uv_write_t req;
  std::string data;
  StreamWrap* wrap;
  uint32_t slot;
  uint32_t id;
  uint32_t cause;
};

struct ShutdownReq {
  uv_shutdown_t req;
  StreamWrap* wrap;
  uint32_t slot;
  uint32_t id;
  uint32_t cause;
};

StreamWrap* stream_from_this(duk_context* ctx) {
  return static_cast<StreamWrap*>(HandleWrap::from_this(ctx));
}

// Calls req.oncomplete(status, handle) through the funnel, then forgets req.
void complete_request(StreamWrap* wrap, uint32_t slot, int status, uint32_t id, uint32_t cause) {
  Runtime& rt = wrap->rt();
  duk_context* ctx = rt.ctx();
  if (ctx == nullptr) return;
  if (!rt.can_call_into_js()) {
    rt.slots().release(ctx, slot);
    return;
  }
  rt.probe().on_io_callback();
  rt.slots().push(ctx, slot);  // [ ... req ]
  rt.slots().release(ctx, slot);
  duk_get_prop_literal(ctx, -1, "oncomplete");
  if (!duk_is_function(ctx, -1)) {
    duk_pop_2(ctx);
    return;
  }
  duk_swap_top(ctx, -2);  // [ ... fn req ]
  duk_push_int(ctx, status);
  wrap->push_object(ctx);  // [ ... fn req status handle ]
  const duk_idx_t fn = duk_get_top(ctx) - 4;
  {
    CallbackScope scope(rt, wrap->kind(), id, cause, fn);
    scope.set_threw(!rt.call_into_js(2));
  }
  duk_pop(ctx);
  rt.run_checkpoint();
}

void on_write(uv_write_t* uvreq, int status) {
  auto* req = static_cast<WriteReq*>(uvreq->data);
  StreamWrap* wrap = req->wrap;
  auto& rec = wrap->rt().recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::NetWriteDone, wrap->id(), req->cause,
               static_cast<int64_t>(req->data.size()), rec.str(uv_error_code(status)), req->id);
  }
  const uint32_t slot = req->slot;
  const uint32_t id = req->id;
  const uint32_t cause = req->cause;
  delete req;
  complete_request(wrap, slot, status, id, cause);
}

void on_shutdown(uv_shutdown_t* uvreq, int status) {
  auto* req = static_cast<ShutdownReq*>(uvreq->data);
  StreamWrap* wrap = req->wrap;
  const uint32_t slot = req->slot;
  const uint32_t id = req->id;
  const uint32_t cause = req->cause;
  delete req;
  complete_request(wrap, slot, status, id, cause);
}

// The bytes of a string argument as UTF-8 (Duktape strings are CESU-8: only
// characters above U+FFFF, and lone surrogates, need converting).
const char* string_bytes(duk_context* ctx, duk_idx_t idx, size_t* len, std::string* holder) {
  duk_size_t n;
  const char* s = duk_get_lstring(ctx, idx, &n);
  if (std::memchr(s, 0xED, n) == nullptr) {
    *len = n;
    return s;
  }
  *holder = js_string_to_utf8(ctx, idx);
  *len = holder->size();
  return holder->data();
}

uv_stream_t* send_handle_arg(duk_context* ctx, duk_idx_t idx) {
  if (!duk_is_object(ctx, idx)) return nullptr;
  HandleWrap* w = HandleWrap::from_object(ctx, idx);
  if (w == nullptr || w->uv_handle() == nullptr) return nullptr;
  const uv_handle_type t = w->uv_handle()->type;
  if (t != UV_TCP && t != UV_NAMED_PIPE && t != UV_UDP) return nullptr;
  return reinterpret_cast<uv_stream_t*>(w->uv_handle());
}

// A write's result: 0 or a uv error, or (kPushedRequest) the request object
// StreamWrap::write made and left on the stack.
duk_ret_t push_write_result(duk_context* ctx, int result) {
  if (result != StreamWrap::kPushedRequest) duk_push_int(ctx, result);
  return 1;
}

duk_ret_t read_start(duk_context* ctx) {
  StreamWrap* w = stream_from_this(ctx);
  duk_push_int(ctx, w == nullptr || w->closing() ? UV_EBADF : w->read_start());
  return 1;
}

duk_ret_t read_stop(duk_context* ctx) {
  StreamWrap* w = stream_from_this(ctx);
  duk_push_int(ctx, w == nullptr || w->closing() ? UV_EBADF : w->read_stop());
  return 1;
}

// writeBuffer(req, buffer[, sendHandle])
duk_ret_t write_buffer(duk_context* ctx) {
  StreamWrap* w = stream_from_this(ctx);
  if (w == nullptr || w->closing()) {
    duk_push_int(ctx, UV_EBADF);
    return 1;
  }
  duk_size_t len = 0;
  const char* data = static_cast<const char*>(duk_require_buffer_data(ctx, 1, &len));
  return push_write_result(ctx, w->write(ctx, 0, data, len, send_handle_arg(ctx, 2)));
}

// writeUtf8String(req, string[, sendHandle])
duk_ret_t write_utf8_string(duk_context* ctx) {
  StreamWrap* w = stream_from_this(ctx);
  if (w == nullptr || w->closing()) {
    duk_push_int(ctx, UV_EBADF);
    return 1;
  }
  duk_to_string(ctx, 1);
  std::string holder;
  size_t len;
  const char* data = string_bytes(ctx, 1, &len, &holder);
  return push_write_result(ctx, w->write(ctx, 0, data, len, send_handle_arg(ctx, 2)));
}

// writev(req, chunks): chunks is an array of Buffers and (UTF-8) strings,
// written as one request.
duk_ret_t writev(duk_context* ctx) {
  StreamWrap* w = stream_from_this(ctx);
  if (w == nullptr || w->closing()) {
    duk_push_int(ctx, UV_EBADF);
    return 1;
  }
  std::string all;
  const duk_size_t n = duk_get_length(ctx, 1);
  for (duk_size_t i = 0; i < n; ++i) {
    duk_get_prop_index(ctx, 1, static_cast<duk_uarridx_t>(i));
    if (duk_is_string(ctx, -1)) {
      std::string holder;
      size_t len;
      const char* data = string_bytes(ctx, -1, &len, &holder);
      all.append(data, len);
    } else {
      duk_size_t len = 0;
      const char* data = static_cast<const char*>(duk_get_buffer_data(ctx, -1, &len));
      if (data != nullptr) all.append(data, len);
    }
    duk_pop(ctx);
  }
  return push_write_result(ctx, w->write(ctx, 0, all.data(), all.size(), nullptr));
}

// shutdown(req) -> err; req.oncomplete(status, handle) later.
duk_ret_t shutdown(duk_context* ctx) {
  StreamWrap* w = stream_from_this(ctx);
  if (w == nullptr || w->closing()) {
    duk_push_int(ctx, UV_EBADF);
    return 1;
  }
  Runtime& rt = w->rt();
  auto* req = new ShutdownReq;
  req->req.data = req;
  req->wrap = w;
  req->id = rt.new_id();
  req->cause = rt.execution_id();
  const int err = uv_shutdown(&req->req, w->stream(), on_shutdown);
  auto& rec = rt.recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::NetShutdown, w->id(), req->cause, req->id, rec.str(uv_error_code(err)));
  }
  if (err != 0) {
    delete req;
  } else {
    req->slot = rt.slots().put(ctx, 0);
  }
  duk_push_int(ctx, err);
  return 1;
}

duk_ret_t get_fd(duk_context* ctx) {
  StreamWrap* w = stream_from_this(ctx);
  uv_os_fd_t fd = -1;
  if (w == nullptr || w->closing() || uv_fileno(w->uv_handle(), &fd) != 0) fd = -1;
  duk_push_int(ctx, fd);
  return 1;
}

duk_ret_t get_bytes_read(duk_context* ctx) {
  StreamWrap* w = stream_from_this(ctx);
  duk_push_number(ctx, w != nullptr ? w->bytes_read : 0);
  return 1;
}

duk_ret_t get_bytes_written(duk_context* ctx) {
  StreamWrap* w = stream_from_this(ctx);
  duk_push_number(ctx, w != nullptr ? w->bytes_written : 0);
  return 1;
}

duk_ret_t get_write_queue_size(duk_context* ctx) {
  StreamWrap* w = stream_from_this(ctx);
  duk_push_number(ctx, w != nullptr && !w->closing() ? static_cast<double>(w->stream()->write_queue_size) : 0);
  return 1;
}

duk_ret_t set_blocking(duk_context* ctx) {
  StreamWrap* w = stream_from_this(ctx);
  int err = UV_EBADF;
  if (w != nullptr && !w->closing()) err = uv_stream_set_blocking(w->stream(), duk_to_boolean(ctx, 0));
  duk_push_int(ctx, err);
  return 1;
}

const duk_function_list_entry kStreamMethods[] = {
    {"readStart", read_start, 0},
    {"readStop", read_stop, 0},
    {"writeBuffer", write_buffer, 3},
    {"writeUtf8String", write_utf8_string, 3},
    {"writev", writev, 2},
    {"shutdown", shutdown, 1},
    {"getFd", get_fd, 0},
    {"getBytesRead", get_bytes_read, 0},
    {"getBytesWritten", get_bytes_written, 0},
    {"getWriteQueueSize", get_write_queue_size, 0},
    {"setBlocking", set_blocking, 1},
    {nullptr, nullptr, 0},
};

}  // namespace

int StreamWrap::read_start() {
  read_cause_ = rt_.execution_id();
  const int err = uv_read_start(stream(), on_alloc, on_read);
  reading_ = err == 0;
  return err;
}

int StreamWrap::read_stop() {
  reading_ = false;
  return uv_read_stop(stream());
}

void StreamWrap::on_alloc(uv_handle_t*, size_t, uv_buf_t* buf) {
  buf->base = g_read_buffer;
  buf->len = sizeof g_read_buffer;
}

void StreamWrap::push_pending_handle(duk_context* ctx) {
  uv_stream_t* s = stream();
  if (s->type != UV_NAMED_PIPE || reinterpret_cast<uv_pipe_t*>(s)->ipc == 0 ||
      uv_pipe_pending_count(reinterpret_cast<uv_pipe_t*>(s)) == 0) {
    duk_push_undefined(ctx);
    return;
  }
  const uv_handle_type type = uv_pipe_pending_type(reinterpret_cast<uv_pipe_t*>(s));
  if (type != UV_TCP && type != UV_NAMED_PIPE) {
    duk_push_undefined(ctx);
    return;
  }
  StreamWrap* w = new_stream_object(ctx, type == UV_TCP ? "tcp" : "pipe");
  if (w == nullptr || uv_accept(s, w->stream()) != 0) {
    duk_pop(ctx);
    duk_push_undefined(ctx);
  }
}

void StreamWrap::on_read(uv_stream_t* s, ssize_t nread, const uv_buf_t* buf) {
  auto* self = static_cast<StreamWrap*>(static_cast<HandleWrap*>(s->data));
  if (nread == 0) return;  // EAGAIN: nothing this time
  Runtime& rt = self->rt_;
  duk_context* ctx = rt.ctx();
  if (ctx == nullptr || !rt.can_call_into_js()) {
    uv_read_stop(s);
    return;
  }
  if (nread > 0) self->bytes_read += static_cast<double>(nread);
  rt.probe().on_io_callback();
  duk_push_number(ctx, static_cast<double>(nread));
  if (nread > 0) {
    push_buffer_copy(ctx, buf->base, static_cast<size_t>(nread));
  } else {
    duk_push_undefined(ctx);
  }
  self->push_pending_handle(ctx);
  auto& rec = rt.recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::NetRead, self->id_, self->read_cause_, nread > 0 ? nread : 0,
               nread == UV_EOF, rec.str(nread < 0 && nread != UV_EOF ? uv_err_name(static_cast<int>(nread)) : ""),
               !duk_is_undefined(ctx, -1));
  }
  self->call_method("onread", 3, self->id_, self->read_cause_);
}

int StreamWrap::write(duk_context* ctx, duk_idx_t req_index, const char* data, size_t len,
                      uv_stream_t* send_handle) {
  size_t written = 0;
  if (send_handle == nullptr && len > 0) {
    uv_buf_t b = uv_buf_init(const_cast<char*>(data), static_cast<unsigned>(len));
    const int r = uv_try_write(stream(), &b, 1);
    if (r >= 0) {
      written = static_cast<size_t>(r);
    } else if (r != UV_EAGAIN && r != UV_ENOSYS) {
      g_stream_state[kBytesWritten] = 0;
      g_stream_state[kLastWriteWasAsync] = 0;
      return r;
    }
  }
  auto& rec = rt_.recorder();
  bytes_written += static_cast<double>(len);
  g_stream_state[kBytesWritten] = static_cast<double>(len);
  if (written == len && send_handle == nullptr) {
    g_stream_state[kLastWriteWasAsync] = 0;
    if (rec.enabled()) {
      rec.record(trace::EventKind::NetWrite, id_, rt_.execution_id(), static_cast<int64_t>(len), 0, false, 0);
    }
    return 0;
  }
  auto* req = new WriteReq;
  req->req.data = req;
  req->data.assign(data + written, len - written);
  req->wrap = this;
  req->id = rt_.new_id();
  req->cause = rt_.execution_id();
  uv_buf_t b = uv_buf_init(req->data.data(), static_cast<unsigned>(req->data.size()));
  const int err = send_handle != nullptr ? uv_write2(&req->req, stream(), &b, 1, send_handle, on_write)
                                         : uv_write(&req->req, stream(), &b, 1, on_write);
  if (err != 0) {
    delete req;
    bytes_written -= static_cast<double>(len);
    g_stream_state[kBytesWritten] = 0;
    g_stream_state[kLastWriteWasAsync] = 0;
    return err;
  }
  int result = 0;
  if (duk_is_object(ctx, req_index)) {
    req->slot = rt_.slots().put(ctx, req_index);
  } else {
    // No request object given: make one now that one is needed (the JS
    // side then sets its oncomplete; it cannot run before that).
    duk_push_object(ctx);
    req->slot = rt_.slots().put(ctx, -1);
    result = kPushedRequest;
  }
  g_stream_state[kLastWriteWasAsync] = 1;
  if (rec.enabled()) {
    rec.record(trace::EventKind::NetWrite, id_, req->cause, static_cast<int64_t>(len),
               static_cast<int64_t>(len - written), send_handle != nullptr, req->id);
  }
  return result;
}

void StreamWrap::put_methods(duk_context* ctx, duk_idx_t proto) {
  HandleWrap::put_methods(ctx, proto);
  duk_put_function_list(ctx, proto, kStreamMethods);
}

void StreamWrap::push_stream_state(duk_context* ctx) {
  push_external_typed_array(ctx, g_stream_state, sizeof g_stream_state, DUK_BUFOBJ_FLOAT64ARRAY);
}

void StreamWrap::push_buffer_copy(duk_context* ctx, const char* data, size_t len) {
  // buffer.allocOwn(size, zero): a Buffer over an ArrayBuffer of its own,
  // counted as external memory (modules/native/buffer.cpp).
  duk_push_heap_stash(ctx);
  if (!duk_get_prop_literal(ctx, -1, "\xff" "netAllocOwn")) {
    duk_pop(ctx);
    push_internal_binding_function(ctx);
    duk_push_literal(ctx, "buffer");
    duk_call(ctx, 1);
    duk_get_prop_literal(ctx, -1, "allocOwn");
    duk_remove(ctx, -2);
    duk_dup_top(ctx);
    duk_put_prop_literal(ctx, -3, "\xff" "netAllocOwn");
  }
  duk_remove(ctx, -2);  // [ ... allocOwn ]
  duk_push_number(ctx, static_cast<double>(len));
  duk_push_false(ctx);
  duk_call(ctx, 2);  // [ ... buffer ]
  duk_size_t size = 0;
  void* p = duk_get_buffer_data(ctx, -1, &size);
  if (p != nullptr && size >= len && len > 0) std::memcpy(p, data, len);
}

StreamWrap* new_stream_object(duk_context* ctx, const char* type) {
  const bool tcp = std::strcmp(type, "tcp") == 0;
  push_internal_binding_function(ctx);
  duk_push_string(ctx, tcp ? "tcp_wrap" : "pipe_wrap");
  duk_call(ctx, 1);
  duk_get_prop_string(ctx, -1, tcp ? "TCP" : "Pipe");
  duk_remove(ctx, -2);
  duk_push_int(ctx, 0);  // SOCKET
  duk_new(ctx, 1);
  return static_cast<StreamWrap*>(HandleWrap::from_object(ctx, -1));
}

}  // namespace ts

namespace ts {

ConnectReq* ConnectReq::make(duk_context* ctx, StreamWrap* wrap, duk_idx_t req_index) {
  Runtime& rt = wrap->rt();
  auto* req = new ConnectReq;
  req->req.data = req;
  req->wrap = wrap;
  req->slot = rt.slots().put(ctx, req_index);
  req->id = rt.new_id();
  req->cause = rt.execution_id();
  return req;
}

void ConnectReq::discard(duk_context* ctx) {
  wrap->rt().slots().release(ctx, slot);
  delete this;
}

void ConnectReq::on_connect(uv_connect_t* uvreq, int status) {
  auto* req = static_cast<ConnectReq*>(uvreq->data);
  StreamWrap* wrap = req->wrap;
  Runtime& rt = wrap->rt();
  const uint32_t slot = req->slot;
  const uint32_t id = req->id;
  const uint32_t cause = req->cause;
  delete req;
  duk_context* ctx = rt.ctx();
  if (ctx == nullptr) return;
  auto& rec = rt.recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::NetConnected, wrap->id(), cause, id, rec.str(uv_error_code(status)));
  }
  if (!rt.can_call_into_js()) {
    rt.slots().release(ctx, slot);
    return;
  }
  rt.probe().on_io_callback();
  rt.slots().push(ctx, slot);  // [ ... req ]
  rt.slots().release(ctx, slot);
  duk_get_prop_literal(ctx, -1, "oncomplete");  // [ ... req fn ]
  if (!duk_is_function(ctx, -1)) {
    duk_pop_2(ctx);
    return;
  }
  duk_dup(ctx, -2);  // [ ... req fn req ]
  duk_push_int(ctx, status);
  wrap->push_object(ctx);
  duk_dup(ctx, -3);  // req again, as the third argument
  duk_push_true(ctx);
  duk_push_true(ctx);  // [ ... req fn req status handle req true true ]
  const duk_idx_t fn = duk_get_top(ctx) - 7;
  {
    CallbackScope scope(rt, wrap->kind(), id, cause, fn);
    scope.set_threw(!rt.call_into_js(5));
  }
  duk_pop_2(ctx);
  rt.run_checkpoint();
}

void StreamWrap::accept_connection(int status, PeerText peer) {
  duk_context* ctx = rt_.ctx();
  if (ctx == nullptr || !rt_.can_call_into_js()) return;
  rt_.probe().on_io_callback();
  duk_push_int(ctx, status);
  uint32_t client_id = 0;
  std::string remote;
  if (status == 0) {
    StreamWrap* client = new_stream_object(ctx, kind());  // [ ... status client ]
    const int err = uv_accept(stream(), client->stream());
    if (err != 0) {
      client->close(ctx, -100);  // not a function: no callback
      duk_pop_2(ctx);
      duk_push_int(ctx, err);
      duk_push_undefined(ctx);
      status = err;
    } else {
      client_id = client->id();
      if (rt_.recorder().enabled() && peer != nullptr) {
        remote = peer(client, rt_.options().deterministic);
      }
    }
  } else {
    duk_push_undefined(ctx);
  }
  auto& rec = rt_.recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::NetAccept, client_id, id_, id_, rec.str(remote),
               rec.str(uv_error_code(status)));
  }
  call_method("onconnection", 2, id_, listen_cause);
}

}  // namespace ts
