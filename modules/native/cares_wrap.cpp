// internalBinding('cares_wrap'): host name lookups for dns.lookup (Node's
// src/cares_wrap.cc, getaddrinfo part only).
//
//   binding.getaddrinfo(req, hostname, family) -> uv error or 0;
//   later, in the poll phase: req.oncomplete(err, addresses)
//
// uv_getaddrinfo runs getaddrinfo(3) on libuv's thread pool; the completion
// is recorded (dns.lookup) and runs as a callback kind "dns".
#include <netdb.h>

#include <cstring>
#include <string>

#include "binding.hpp"
#include "handle_wrap.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

struct LookupReq {
  uv_getaddrinfo_t req;
  Runtime* rt;
  uint32_t slot;
  uint32_t id;
  uint32_t cause;
  int family;
  std::string hostname;
};

void on_lookup(uv_getaddrinfo_t* uvreq, int status, addrinfo* res) {
  auto* req = static_cast<LookupReq*>(uvreq->data);
  Runtime& rt = *req->rt;
  duk_context* ctx = rt.ctx();
  if (ctx == nullptr) {
    uv_freeaddrinfo(res);
    delete req;
    return;
  }
  rt.slots().push(ctx, req->slot);  // [ ... req ]
  rt.slots().release(ctx, req->slot);
  duk_get_prop_literal(ctx, -1, "oncomplete");
  duk_swap_top(ctx, -2);  // [ ... fn req ]
  duk_push_int(ctx, status);
  duk_push_array(ctx);
  std::string first;
  int first_family = 0;
  duk_uarridx_t n = 0;
  // IPv4 first, then IPv6 (Node's default order, verbatim=false).
  for (int pass = 0; pass < 2 && status == 0; ++pass) {
    const int want = pass == 0 ? AF_INET : AF_INET6;
    for (addrinfo* p = res; p != nullptr; p = p->ai_next) {
      if (p->ai_family != want || p->ai_socktype != SOCK_STREAM) continue;
      char ip[INET6_ADDRSTRLEN] = "";
      if (want == AF_INET) {
        uv_ip4_name(reinterpret_cast<sockaddr_in*>(p->ai_addr), ip, sizeof ip);
      } else {
        uv_ip6_name(reinterpret_cast<sockaddr_in6*>(p->ai_addr), ip, sizeof ip);
      }
      if (first.empty()) {
        first = ip;
        first_family = want == AF_INET ? 4 : 6;
      }
      duk_push_string(ctx, ip);
      duk_put_prop_index(ctx, -2, n++);
    }
  }
  uv_freeaddrinfo(res);
  auto& rec = rt.recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::DnsLookup, req->id, req->cause, rec.str(req->hostname), rec.str(first),
               first_family, rec.str(uv_error_code(status)));
  }
  const uint32_t id = req->id;
  const uint32_t cause = req->cause;
  delete req;
  if (!rt.can_call_into_js() || !duk_is_function(ctx, -4)) {
    duk_pop_n(ctx, 4);
    return;
  }
  rt.probe().on_io_callback();
  const duk_idx_t fn = duk_get_top(ctx) - 4;
  {
    CallbackScope scope(rt, "dns", id, cause, fn);
    scope.set_threw(!rt.call_into_js(2));
  }
  duk_pop(ctx);
  rt.run_checkpoint();
}

// getaddrinfo(req, hostname, family)
duk_ret_t getaddrinfo_binding(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  auto* req = new LookupReq;
  req->req.data = req;
  req->rt = &rt;
  req->hostname = require_string(ctx, 1, "hostname");
  req->family = duk_get_int(ctx, 2);
  req->id = rt.new_id();
  req->cause = rt.execution_id();
  addrinfo hints{};
  hints.ai_family = req->family == 4 ? AF_INET : req->family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  const int err = uv_getaddrinfo(rt.loop(), &req->req, on_lookup, req->hostname.c_str(), nullptr, &hints);
  if (err != 0) {
    delete req;
  } else {
    req->slot = rt.slots().put(ctx, 0);
  }
  duk_push_int(ctx, err);
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"getaddrinfo", getaddrinfo_binding, 3},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_cares_wrap_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
}

}  // namespace ts
