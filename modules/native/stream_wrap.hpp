// StreamWrap: reading and writing on any uv_stream_t (Node's src/stream_wrap.cc
// and stream_base.cc), the base of TCP and Pipe wraps.
//
// JS side (modules/lib/internal/stream_base_commons.js, net.js):
//
//   handle.onread = function (nread, buffer, pendingHandle) {...}
//   handle.readStart() / readStop()                       -> uv error or 0
//   handle.writeBuffer(req, buffer[, sendHandle])         -> uv error or 0
//   handle.writeUtf8String(req, string[, sendHandle])     -> uv error or 0
//   handle.writev(req, chunks)                            -> uv error or 0
//   (req undefined: -> 0, a uv error, or a new request object when the
//   write was queued; the caller then sets its oncomplete)
//   handle.shutdown(req)                                  -> uv error or 0
//   req.oncomplete(status, handle)                        a queued write or a shutdown finished
//
// After a write, streamState (a Float64Array shared with JS, the binding's
// `streamState`) says how it went: [kBytesWritten] bytes and
// [kLastWriteWasAsync] 1 when part of it waits in libuv's queue (then
// req.oncomplete runs later, in the poll phase) or 0 when it was all written
// at once (uv_try_write; no callback comes, the JS side completes at once, as
// Node's afterWriteDispatched does). Bytes that must wait are copied into the
// request, so JS buffers are never pinned.
//
// Reads: libuv reads into one 64 KiB buffer per thread (alloc and read
// callbacks always come in pairs, on the loop thread), and onread gets a new
// Buffer of exactly nread bytes; nread < 0 is a uv error (UV_EOF at the end).
// Every read is recorded (net.read) and runs as a callback with the handle's
// id, caused by whoever called readStart. An IPC pipe may deliver a handle
// with the bytes (SCM_RIGHTS): it is accepted into a new TCP or Pipe object,
// the third argument of onread.
#pragma once

#include <string>

#include "handle_wrap.hpp"

namespace ts {

enum StreamStateField { kBytesWritten, kLastWriteWasAsync, kStreamStateCount };

class StreamWrap : public HandleWrap {
 public:
  StreamWrap(Runtime& rt, duk_context* ctx, duk_idx_t object, const char* kind)
      : HandleWrap(rt, ctx, object, kind) {}

  virtual uv_stream_t* stream() = 0;
  uv_handle_t* uv_handle() override { return reinterpret_cast<uv_handle_t*>(stream()); }

  int read_start();
  int read_stop();
  double bytes_read = 0;
  double bytes_written = 0;

  // Common stream methods on a prototype.
  static void put_methods(duk_context* ctx, duk_idx_t proto);
  // The binding's streamState typed array.
  static void push_stream_state(duk_context* ctx);
  // Pushes a new Buffer holding a copy of [data, data + len).
  static void push_buffer_copy(duk_context* ctx, const char* data, size_t len);

  // Writes `len` bytes (and a handle to send over an IPC pipe). The request
  // object at req_index gets oncomplete when part of it is queued. When
  // req_index holds no object and the write is queued, a request object is
  // made and pushed, and kPushedRequest returned (JS then sets its
  // oncomplete): a write that completes at once allocates no JS object.
  static constexpr int kPushedRequest = 1;
  int write(duk_context* ctx, duk_idx_t req_index, const char* data, size_t len,
            uv_stream_t* send_handle);

  // A listening server's connection callback, for TCP and pipe servers alike
  // (Node's ConnectionWrap::OnConnection): accepts into a new handle of the
  // server's kind, records net.accept (remote: peer(client), or empty), and
  // calls onconnection(status, clientHandle) on behalf of listen()'s caller.
  using PeerText = std::string (*)(StreamWrap* client, bool deterministic);
  void accept_connection(int status, PeerText peer);
  uint32_t listen_cause = 0;  // a server: who called listen()

 private:
  static void on_alloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void on_read(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  void push_pending_handle(duk_context* ctx);

  bool reading_ = false;
  uint32_t read_cause_ = 0;
};

// A connect request (TCP or pipe). On completion, in the poll phase:
// req.oncomplete(status, handle, req, readable, writable), recorded as
// net.connected and a callback with the request's id.
struct ConnectReq {
  uv_connect_t req;
  StreamWrap* wrap;
  uint32_t slot;
  uint32_t id;
  uint32_t cause;
  // A request for the JS object at req_index (not yet started).
  static ConnectReq* make(duk_context* ctx, StreamWrap* wrap, duk_idx_t req_index);
  // uv_*_connect failed at once: forget the request.
  void discard(duk_context* ctx);
  static void on_connect(uv_connect_t* req, int status);
};

// Makes a new TCP or Pipe JS object (the binding's constructor) and returns
// its wrap: [ ... ] -> [ ... object ]. type: "tcp" or "pipe".
StreamWrap* new_stream_object(duk_context* ctx, const char* type);

}  // namespace ts
