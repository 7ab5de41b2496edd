// internalBinding('tcp_wrap'): TCP sockets and servers (Node's src/tcp_wrap.cc).
//
//   var handle = new TCP(constants.SOCKET | constants.SERVER)
//   handle.bind(address, port) / bind6(address, port, flags)   -> uv error or 0
//   handle.listen(backlog)                                      -> uv error or 0
//   handle.onconnection = function (err, clientHandle) {...}    each accepted connection
//   handle.connect(req, address, port) / connect6(...)          -> uv error or 0;
//       later req.oncomplete(status, handle, req, readable, writable)
//   handle.getsockname(out) / getpeername(out)                  fills {address, family, port}
//   handle.setNoDelay(on) / setKeepAlive(on, delaySeconds) / open(fd)
// plus the stream methods (stream_wrap.hpp) and the handle methods
// (handle_wrap.hpp). Accepted connections are recorded (net.accept) and
// onconnection runs as a callback with the server's id, in the poll phase.
#include <cstring>
#include <string>

#include "binding.hpp"
#include "runtime.hpp"
#include "stream_wrap.hpp"

namespace ts {
namespace {

class TcpWrap : public StreamWrap {
 public:
  TcpWrap(Runtime& rt, duk_context* ctx, duk_idx_t object) : StreamWrap(rt, ctx, object, "tcp") {
    uv_tcp_init(rt.loop(), &handle_);
    handle_.data = static_cast<HandleWrap*>(this);
    set_initialized();
  }
  uv_stream_t* stream() override { return reinterpret_cast<uv_stream_t*>(&handle_); }
  uv_tcp_t* tcp() { return &handle_; }

  static void on_connection(uv_stream_t* server, int status);

 private:
  uv_tcp_t handle_;
};

TcpWrap* tcp_this(duk_context* ctx) {
  HandleWrap* w = HandleWrap::from_this(ctx);
  if (w == nullptr || w->closing()) return nullptr;
  return static_cast<TcpWrap*>(w);
}

// Writes address, family and port of `sa` into the object at idx.
void put_sockaddr(duk_context* ctx, duk_idx_t idx, const sockaddr* sa) {
  idx = duk_normalize_index(ctx, idx);
  char ip[INET6_ADDRSTRLEN] = "";
  int port = 0;
  const char* family = "IPv4";
  if (sa->sa_family == AF_INET6) {
    const auto* a6 = reinterpret_cast<const sockaddr_in6*>(sa);
    uv_ip6_name(a6, ip, sizeof ip);
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else {
    const auto* a4 = reinterpret_cast<const sockaddr_in*>(sa);
    uv_ip4_name(a4, ip, sizeof ip);
    port = ntohs(a4->sin_port);
  }
  duk_push_string(ctx, ip);
  duk_put_prop_literal(ctx, idx, "address");
  duk_push_string(ctx, family);
  duk_put_prop_literal(ctx, idx, "family");
  duk_push_int(ctx, port);
  duk_put_prop_literal(ctx, idx, "port");
}

std::string peer_text(uv_tcp_t* tcp) {
  sockaddr_storage ss{};
  int len = sizeof ss;
  if (uv_tcp_getpeername(tcp, reinterpret_cast<sockaddr*>(&ss), &len) != 0) return {};
  char ip[INET6_ADDRSTRLEN] = "";
  int port = 0;
  if (ss.ss_family == AF_INET6) {
    const auto* a6 = reinterpret_cast<const sockaddr_in6*>(&ss);
    uv_ip6_name(a6, ip, sizeof ip);
    port = ntohs(a6->sin6_port);
  } else {
    const auto* a4 = reinterpret_cast<const sockaddr_in*>(&ss);
    uv_ip4_name(a4, ip, sizeof ip);
    port = ntohs(a4->sin_port);
  }
  return std::string(ip) + ":" + std::to_string(port);
}

duk_ret_t tcp_new(duk_context* ctx) {
  if (!duk_is_constructor_call(ctx)) return duk_error(ctx, DUK_ERR_TYPE_ERROR, "Class constructor TCP cannot be invoked without 'new'");
  duk_push_this(ctx);
  new TcpWrap(Runtime::from(ctx), ctx, -1);
  return 0;
}

// bind(address, port) / bind6(address, port, flags)
duk_ret_t tcp_bind_common(duk_context* ctx, bool v6) {
  TcpWrap* w = tcp_this(ctx);
  if (w == nullptr) {
    duk_push_int(ctx, UV_EBADF);
    return 1;
  }
  const std::string ip = require_string(ctx, 0, "address");
  const int port = duk_get_int(ctx, 1);
  sockaddr_storage ss{};
  int err = v6 ? uv_ip6_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in6*>(&ss))
               : uv_ip4_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in*>(&ss));
  if (err == 0) {
    const unsigned flags = v6 ? static_cast<unsigned>(duk_get_uint(ctx, 2)) : 0;
    err = uv_tcp_bind(w->tcp(), reinterpret_cast<sockaddr*>(&ss), flags);
  }
  duk_push_int(ctx, err);
  return 1;
}
duk_ret_t tcp_bind(duk_context* ctx) { return tcp_bind_common(ctx, false); }
duk_ret_t tcp_bind6(duk_context* ctx) { return tcp_bind_common(ctx, true); }

// net.accept's remote for a TCP client: its peer's address:port (the port
// left out under --deterministic: ephemeral ports differ from run to run).
std::string tcp_peer(StreamWrap* client, bool deterministic) {
  std::string remote = peer_text(static_cast<TcpWrap*>(client)->tcp());
  if (deterministic) remote = remote.substr(0, remote.rfind(':'));
  return remote;
}

void TcpWrap::on_connection(uv_stream_t* server, int status) {
  static_cast<TcpWrap*>(static_cast<HandleWrap*>(server->data))->accept_connection(status, tcp_peer);
}

duk_ret_t tcp_listen(duk_context* ctx) {
  TcpWrap* w = tcp_this(ctx);
  if (w == nullptr) {
    duk_push_int(ctx, UV_EBADF);
    return 1;
  }
  Runtime& rt = w->rt();
  const int backlog = duk_get_int_default(ctx, 0, 511);
  w->listen_cause = rt.execution_id();
  const int err = uv_listen(w->stream(), backlog, TcpWrap::on_connection);
  auto& rec = rt.recorder();
  if (rec.enabled()) {
    sockaddr_storage ss{};
    int len = sizeof ss;
    std::string address;
    int port = 0;
    if (uv_tcp_getsockname(w->tcp(), reinterpret_cast<sockaddr*>(&ss), &len) == 0) {
      char ip[INET6_ADDRSTRLEN] = "";
      if (ss.ss_family == AF_INET6) {
        uv_ip6_name(reinterpret_cast<sockaddr_in6*>(&ss), ip, sizeof ip);
        port = ntohs(reinterpret_cast<sockaddr_in6*>(&ss)->sin6_port);
      } else {
        uv_ip4_name(reinterpret_cast<sockaddr_in*>(&ss), ip, sizeof ip);
        port = ntohs(reinterpret_cast<sockaddr_in*>(&ss)->sin_port);
      }
      address = ip;
    }
    if (rt.options().deterministic) port = 0;  // ports differ from run to run
    rec.record(trace::EventKind::NetListen, w->id(), w->listen_cause, rec.str(address), port, backlog,
               rec.str(uv_error_code(err)));
  }
  duk_push_int(ctx, err);
  return 1;
}

// connect(req, address, port) / connect6(req, address, port)
duk_ret_t tcp_connect_common(duk_context* ctx, bool v6) {
  TcpWrap* w = tcp_this(ctx);
  if (w == nullptr) {
    duk_push_int(ctx, UV_EBADF);
    return 1;
  }
  Runtime& rt = w->rt();
  const std::string ip = require_string(ctx, 1, "address");
  const int port = duk_get_int(ctx, 2);
  sockaddr_storage ss{};
  int err = v6 ? uv_ip6_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in6*>(&ss))
               : uv_ip4_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in*>(&ss));
  uint32_t req_id = 0;
  if (err == 0) {
    ConnectReq* req = ConnectReq::make(ctx, w, 0);
    req_id = req->id;
    err = uv_tcp_connect(&req->req, w->tcp(), reinterpret_cast<sockaddr*>(&ss), ConnectReq::on_connect);
    if (err != 0) req->discard(ctx);
  }
  auto& rec = rt.recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::NetConnect, w->id(), rt.execution_id(), rec.str(ip),
               rt.options().deterministic ? 0 : port, req_id, rec.str(uv_error_code(err)));
  }
  duk_push_int(ctx, err);
  return 1;
}
duk_ret_t tcp_connect(duk_context* ctx) { return tcp_connect_common(ctx, false); }
duk_ret_t tcp_connect6(duk_context* ctx) { return tcp_connect_common(ctx, true); }

duk_ret_t tcp_name_common(duk_context* ctx, bool peer) {
  TcpWrap* w = tcp_this(ctx);
  if (w == nullptr) {
    duk_push_int(ctx, UV_EBADF);
    return 1;
  }
  sockaddr_storage ss{};
  int len = sizeof ss;
  const int err = peer ? uv_tcp_getpeername(w->tcp(), reinterpret_cast<sockaddr*>(&ss), &len)
                       : uv_tcp_getsockname(w->tcp(), reinterpret_cast<sockaddr*>(&ss), &len);
  if (err == 0 && duk_is_object(ctx, 0)) put_sockaddr(ctx, 0, reinterpret_cast<sockaddr*>(&ss));
  duk_push_int(ctx, err);
  return 1;
}
duk_ret_t tcp_getsockname(duk_context* ctx) { return tcp_name_common(ctx, false); }
duk_ret_t tcp_getpeername(duk_context* ctx) { return tcp_name_common(ctx, true); }

duk_ret_t tcp_set_no_delay(duk_context* ctx) {
  TcpWrap* w = tcp_this(ctx);
  duk_push_int(ctx, w == nullptr ? UV_EBADF : uv_tcp_nodelay(w->tcp(), duk_to_boolean(ctx, 0)));
  return 1;
}

duk_ret_t tcp_set_keep_alive(duk_context* ctx) {
  TcpWrap* w = tcp_this(ctx);
  duk_push_int(ctx, w == nullptr ? UV_EBADF
                                 : uv_tcp_keepalive(w->tcp(), duk_to_boolean(ctx, 0),
                                                    static_cast<unsigned>(duk_get_uint(ctx, 1))));
  return 1;
}

duk_ret_t tcp_open(duk_context* ctx) {
  TcpWrap* w = tcp_this(ctx);
  duk_push_int(ctx, w == nullptr ? UV_EBADF : uv_tcp_open(w->tcp(), duk_require_int(ctx, 0)));
  return 1;
}

// reset(callback): close with RST (SO_LINGER 0).
duk_ret_t tcp_reset(duk_context* ctx) {
  TcpWrap* w = tcp_this(ctx);
  if (w == nullptr) {
    duk_push_int(ctx, UV_EBADF);
    return 1;
  }
  uv_os_fd_t fd;
  if (uv_fileno(w->uv_handle(), &fd) == 0) {
    struct linger l = {1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
  }
  w->close(ctx, 0);
  duk_push_int(ctx, 0);
  return 1;
}

const duk_function_list_entry kTcpMethods[] = {
    {"bind", tcp_bind, 2},
    {"bind6", tcp_bind6, 3},
    {"listen", tcp_listen, 1},
    {"connect", tcp_connect, 3},
    {"connect6", tcp_connect6, 3},
    {"getsockname", tcp_getsockname, 1},
    {"getpeername", tcp_getpeername, 1},
    {"setNoDelay", tcp_set_no_delay, 1},
    {"setKeepAlive", tcp_set_keep_alive, 2},
    {"open", tcp_open, 1},
    {"reset", tcp_reset, 1},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_tcp_wrap_binding(duk_context* ctx) {
  duk_push_object(ctx);                         // [ binding ]
  duk_push_c_function(ctx, tcp_new, DUK_VARARGS);  // [ binding TCP ]
  duk_push_literal(ctx, "name");
  duk_push_literal(ctx, "TCP");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  duk_push_object(ctx);  // [ binding TCP proto ]
  StreamWrap::put_methods(ctx, -1);
  duk_put_function_list(ctx, -1, kTcpMethods);
  duk_dup(ctx, -2);
  duk_put_prop_literal(ctx, -2, "constructor");
  duk_put_prop_literal(ctx, -2, "prototype");
  duk_put_prop_literal(ctx, -2, "TCP");
  duk_push_object(ctx);
  duk_push_int(ctx, 0);
  duk_put_prop_literal(ctx, -2, "SOCKET");
  duk_push_int(ctx, 1);
  duk_put_prop_literal(ctx, -2, "SERVER");
  duk_put_prop_literal(ctx, -2, "constants");
  StreamWrap::push_stream_state(ctx);
  duk_put_prop_literal(ctx, -2, "streamState");
}

}  // namespace ts
