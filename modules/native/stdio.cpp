// internalBinding('stdio'): synchronous writes to stdout and stderr, and
// what kind of file each stdio fd is (process.stdout/stdin pick their
// stream type from it: internal/process/stdio.js).
#include <sys/ioctl.h>
#include <unistd.h>
#include <uv.h>

#include <cstring>

#include "binding.hpp"
#include "buffer.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

// writeString(fd, string) -> bytes written. Strings are written as UTF-8:
// Duktape keeps a character above U+FFFF as two surrogates (3 bytes each),
// which js_string_to_utf8 joins into one 4-byte sequence.
duk_ret_t write_string(duk_context* ctx) {
  const int fd = duk_require_int(ctx, 0);
  duk_to_string(ctx, 1);
  duk_size_t len;
  const char* s = duk_get_lstring(ctx, 1, &len);
  // Most output is ASCII or BMP text: write the bytes as they are unless a
  // surrogate's lead byte (0xED) is there.
  if (std::memchr(s, 0xED, len) == nullptr) {
    Runtime::from(ctx).write_output(fd == 2 ? 2 : 1, std::string_view(s, len));
    duk_push_uint(ctx, static_cast<duk_uint_t>(len));
    return 1;
  }
  const std::string utf8 = js_string_to_utf8(ctx, 1);
  Runtime::from(ctx).write_output(fd == 2 ? 2 : 1, utf8);
  duk_push_uint(ctx, static_cast<duk_uint_t>(utf8.size()));
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

// guessHandleType(fd) -> 'TTY', 'FILE', 'PIPE', 'TCP', 'UDP' or 'UNKNOWN'
// (Node's guessHandleType, from uv_guess_handle).
duk_ret_t guess_handle_type(duk_context* ctx) {
  const int fd = duk_require_int(ctx, 0);
  const char* type = "UNKNOWN";
  if (fd >= 0) {
    switch (uv_guess_handle(fd)) {
      case UV_TTY: type = "TTY"; break;
      case UV_FILE: type = "FILE"; break;
      case UV_NAMED_PIPE: type = "PIPE"; break;
      case UV_TCP: type = "TCP"; break;
      case UV_UDP: type = "UDP"; break;
      default: break;
    }
  }
  duk_push_string(ctx, type);
  return 1;
}

// getWindowSize(fd) -> [columns, rows], or undefined when fd is no terminal.
duk_ret_t get_window_size(duk_context* ctx) {
  const int fd = duk_require_int(ctx, 0);
  struct winsize ws {};
  if (::ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
  duk_push_array(ctx);
  duk_push_int(ctx, ws.ws_col);
  duk_put_prop_index(ctx, -2, 0);
  duk_push_int(ctx, ws.ws_row);
  duk_put_prop_index(ctx, -2, 1);
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"writeString", write_string, 2},
    {"writeBuffer", write_buffer, 2},
    {"guessHandleType", guess_handle_type, 1},
    {"getWindowSize", get_window_size, 1},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_stdio_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
}

}  // namespace ts
