// internalBinding('stdio'): synchronous writes to stdout and stderr.
#include "binding.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

// writeString(fd, string) -> bytes written. Strings are written as UTF-8.
duk_ret_t write_string(duk_context* ctx) {
  const int fd = duk_require_int(ctx, 0);
  duk_size_t len;
  const char* s = duk_to_lstring(ctx, 1, &len);
  Runtime::from(ctx).write_output(fd == 2 ? 2 : 1, std::string_view(s, len));
  duk_push_uint(ctx, static_cast<duk_uint_t>(len));
  return 1;
}

// writeBuffer(fd, uint8array) -> bytes written.
duk_ret_t write_buffer(duk_context* ctx) {
  const int fd = duk_require_int(ctx, 0);
  duk_size_t len;
  void* p = duk_require_buffer_data(ctx, 1, &len);
  Runtime::from(ctx).write_output(fd == 2 ? 2 : 1,
                                  std::string_view(static_cast<const char*>(p), len));
  duk_push_uint(ctx, static_cast<duk_uint_t>(len));
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"writeString", write_string, 2},
    {"writeBuffer", write_buffer, 2},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_stdio_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
}

}  // namespace ts
