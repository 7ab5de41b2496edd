// internalBinding('uv'): libuv's error codes (Node's src/uv.cc), for the
// Node-style errors of net and child_process (modules/lib/internal/uv_errors.js).
//
//   errname(-111) -> 'ECONNREFUSED';  errmessage(-111) -> 'connection refused'
//   UV_ECONNREFUSED, UV_EOF, ... the codes as properties
#include "binding.hpp"

#include <uv.h>

namespace ts {
namespace {

duk_ret_t errname(duk_context* ctx) {
  const int err = duk_require_int(ctx, 0);
  duk_push_string(ctx, uv_err_name(err));
  return 1;
}

duk_ret_t errmessage(duk_context* ctx) {
  const int err = duk_require_int(ctx, 0);
  duk_push_string(ctx, uv_strerror(err));
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"errname", errname, 1},
    {"errmessage", errmessage, 1},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_uv_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
#define TS_UV_ERR(name, _)       \
  duk_push_int(ctx, UV_##name);  \
  duk_put_prop_string(ctx, -2, "UV_" #name);
  UV_ERRNO_MAP(TS_UV_ERR)
#undef TS_UV_ERR
}

}  // namespace ts
