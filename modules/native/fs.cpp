// internalBinding('fs'): file system calls. The synchronous ones the module
// loader needs are here; the asynchronous, thread-pool ones come with the fs
// module.
#include <sys/stat.h>

#include <memory>

#include "binding.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

// A uv_fs_t that is always cleaned up.
struct FsReq {
  uv_fs_t req;
  FsReq() { req.type = UV_UNKNOWN_REQ; }
  ~FsReq() { uv_fs_req_cleanup(&req); }
};

// internalModuleStat(path) -> 0 file, 1 directory, < 0 a uv error (as Node).
duk_ret_t internal_module_stat(duk_context* ctx) {
  const std::string path = require_string(ctx, 0, "path");
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    duk_push_int(ctx, uv_translate_sys_error(errno));
    return 1;
  }
  duk_push_int(ctx, S_ISDIR(st.st_mode) ? 1 : 0);
  return 1;
}

// readFileUtf8(path) -> string (bytes kept as they are)
duk_ret_t read_file_utf8(duk_context* ctx) {
  const std::string path = require_string(ctx, 0, "path");
  Runtime& rt = Runtime::from(ctx);
  FsReq open_req;
  const int fd = uv_fs_open(rt.loop(), &open_req.req, path.c_str(), O_RDONLY, 0, nullptr);
  if (fd < 0) throw_uv_error(ctx, fd, "open", path);
  std::string data;
  char buf[65536];
  for (;;) {
    FsReq read_req;
    uv_buf_t b = uv_buf_init(buf, sizeof buf);
    const int n = uv_fs_read(rt.loop(), &read_req.req, fd, &b, 1, -1, nullptr);
    if (n < 0) {
      FsReq close_req;
      uv_fs_close(rt.loop(), &close_req.req, fd, nullptr);
      throw_uv_error(ctx, n, "read", path);
    }
    if (n == 0) break;
    data.append(buf, static_cast<size_t>(n));
  }
  FsReq close_req;
  uv_fs_close(rt.loop(), &close_req.req, fd, nullptr);
  duk_push_lstring(ctx, data.data(), data.size());
  return 1;
}

// realpath(path) -> string
duk_ret_t realpath_binding(duk_context* ctx) {
  const std::string path = require_string(ctx, 0, "path");
  FsReq req;
  const int err = uv_fs_realpath(Runtime::from(ctx).loop(), &req.req, path.c_str(), nullptr);
  if (err < 0) throw_uv_error(ctx, err, "realpath", path);
  duk_push_string(ctx, static_cast<const char*>(req.req.ptr));
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"internalModuleStat", internal_module_stat, 1},
    {"readFileUtf8", read_file_utf8, 1},
    {"realpath", realpath_binding, 1},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_fs_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
}

}  // namespace ts
