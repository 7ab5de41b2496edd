// internalBinding('zlib'): zlib streams for lib/zlib.js, on Debian's zlib
// (Node's src/node_zlib.cc, the zlib half; no Brotli).
//
//   create(mode, windowBits, level, memLevel, strategy, dictionary) -> handle
//   write(handle, flush, in, inOff, inLen, out, outOff, outLen, result[, callback])
//       -> without callback: null, or {message, errno} on error
//   reset(handle), params(handle, level, strategy), close(handle)
//   crc32(data, value) -> number
//
// write() runs one deflate()/inflate() call over in[inOff, inOff+inLen)
// into out[outOff, outOff+outLen) and leaves [availOutAfter, availInAfter]
// in `result` (a Uint32Array), as Node's handle does in its write state.
// With a callback the call runs on libuv's thread pool (recorded as
// pool.work "zlib", the callback in poll as kind "zlib"): a zlib stream is a
// series of such requests, one per chunk of output. The buffers are kept
// alive in slots until the callback; JS never writes to a handle while a
// request is in flight (lib/zlib.js waits for each callback).
#include <zlib.h>

#include <cstring>
#include <memory>
#include <string>

#include "binding.hpp"
#include "pool.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

// Node's modes (src/node_zlib.h).
enum Mode { kNone, kDeflate, kInflate, kGzip, kGunzip, kDeflateRaw, kInflateRaw, kUnzip };

struct ZlibState {
  z_stream strm{};
  int mode = kNone;
  bool initialized = false;
  bool deflating = false;
  std::string dictionary;
  // The last call's outcome.
  int err = Z_OK;
  int flush = Z_NO_FLUSH;

  ZlibState() = default;
  ZlibState(const ZlibState&) = delete;
  ZlibState& operator=(const ZlibState&) = delete;
  ~ZlibState() { end(); }

  void end() {
    if (!initialized) return;
    if (deflating) deflateEnd(&strm);
    else inflateEnd(&strm);
    initialized = false;
  }

  // One deflate()/inflate() step (any thread: no Duktape here). For gunzip,
  // a second gzip member right after the first is decoded too, as Node does.
  void run() {
    if (deflating) {
      err = deflate(&strm, flush);
      return;
    }
    err = inflate(&strm, flush);
    if (err == Z_NEED_DICT && !dictionary.empty() && mode != kInflateRaw) {
      err = inflateSetDictionary(&strm, reinterpret_cast<const Bytef*>(dictionary.data()),
                                 static_cast<uInt>(dictionary.size()));
      if (err == Z_OK) err = inflate(&strm, flush);
      else if (err == Z_DATA_ERROR) err = Z_NEED_DICT;  // a wrong dictionary
    }
    while ((mode == kGunzip || mode == kUnzip) && err == Z_STREAM_END && strm.avail_in > 0 &&
           strm.next_in[0] == 0x1f) {
      inflateReset(&strm);
      err = inflate(&strm, flush);
    }
  }

  // Node's reading of the outcome: nullptr when fine, else the message.
  const char* error_message() const {
    switch (err) {
      case Z_OK:
      case Z_BUF_ERROR:
        if (strm.avail_out != 0 && flush == Z_FINISH) return "unexpected end of file";
        return nullptr;
      case Z_STREAM_END:
        return nullptr;
      case Z_NEED_DICT:
        return dictionary.empty() ? "Missing dictionary" : "Bad dictionary";
      default:
        return strm.msg != nullptr ? strm.msg : "Zlib error";
    }
  }
  int error_code() const { return err == Z_OK ? Z_BUF_ERROR : err; }
};

ZlibState& state_arg(duk_context* ctx, duk_idx_t idx) {
  return owned_arg<ZlibState>(ctx, idx, "zlib binding closed");
}

// Initializes (or re-initializes) the stream for its mode.
int init_stream(ZlibState& s, int window_bits, int level, int mem_level, int strategy) {
  s.end();
  s.strm = z_stream{};
  s.deflating = s.mode == kDeflate || s.mode == kGzip || s.mode == kDeflateRaw;
  int bits = window_bits;
  if (s.mode == kGzip || s.mode == kGunzip) bits += 16;
  if (s.mode == kUnzip) bits += 32;
  if (s.mode == kDeflateRaw || s.mode == kInflateRaw) bits = -bits;
  const int rc = s.deflating ? deflateInit2(&s.strm, level, Z_DEFLATED, bits, mem_level, strategy)
                             : inflateInit2(&s.strm, bits);
  if (rc != Z_OK) return rc;
  s.initialized = true;
  if (s.deflating && !s.dictionary.empty()) {
    return deflateSetDictionary(&s.strm, reinterpret_cast<const Bytef*>(s.dictionary.data()),
                                static_cast<uInt>(s.dictionary.size()));
  }
  if (s.mode == kInflateRaw && !s.dictionary.empty()) {
    return inflateSetDictionary(&s.strm, reinterpret_cast<const Bytef*>(s.dictionary.data()),
                                static_cast<uInt>(s.dictionary.size()));
  }
  return Z_OK;
}

// The settings of create(), kept for reset().
struct Settings {
  int window_bits, level, mem_level, strategy;
};

duk_ret_t create(duk_context* ctx) {
  const int mode = duk_require_int(ctx, 0);
  const Settings settings{duk_require_int(ctx, 1), duk_require_int(ctx, 2), duk_require_int(ctx, 3),
                          duk_require_int(ctx, 4)};
  ZlibState& state = push_owned(ctx, std::make_unique<ZlibState>());  // [ ... handle ]
  state.mode = mode;
  if (duk_is_buffer_data(ctx, 5)) {
    duk_size_t n = 0;
    const void* p = duk_get_buffer_data(ctx, 5, &n);
    state.dictionary.assign(static_cast<const char*>(p), n);
  }
  const int rc = init_stream(state, settings.window_bits, settings.level, settings.mem_level,
                             settings.strategy);
  // The settings, for reset().
  duk_push_fixed_buffer(ctx, sizeof(Settings));
  std::memcpy(duk_get_buffer(ctx, -1, nullptr), &settings, sizeof settings);
  duk_put_prop_literal(ctx, -2, DUK_HIDDEN_SYMBOL("settings"));
  if (rc != Z_OK) return duk_error(ctx, DUK_ERR_ERROR, "Init error");
  return 1;
}

// Points the stream at the buffers of a write() call.
void set_buffers(duk_context* ctx, ZlibState& s) {
  s.flush = duk_require_int(ctx, 1);
  duk_size_t in_size = 0;
  auto* in = static_cast<Bytef*>(duk_get_buffer_data(ctx, 2, &in_size));
  const auto in_off = static_cast<size_t>(duk_require_number(ctx, 3));
  const auto in_len = static_cast<size_t>(duk_require_number(ctx, 4));
  duk_size_t out_size = 0;
  auto* out = static_cast<Bytef*>(duk_require_buffer_data(ctx, 5, &out_size));
  const auto out_off = static_cast<size_t>(duk_require_number(ctx, 6));
  const auto out_len = static_cast<size_t>(duk_require_number(ctx, 7));
  if (in_off + in_len > in_size || out_off + out_len > out_size) {
    (void) duk_range_error(ctx, "zlib write out of bounds");
  }
  s.strm.next_in = in_len > 0 ? in + in_off : nullptr;
  s.strm.avail_in = static_cast<uInt>(in_len);
  s.strm.next_out = out + out_off;
  s.strm.avail_out = static_cast<uInt>(out_len);
}

void store_result(duk_context* ctx, duk_idx_t result_idx, const ZlibState& s) {
  duk_size_t n = 0;
  auto* result = static_cast<uint32_t*>(duk_require_buffer_data(ctx, result_idx, &n));
  if (n < 2 * sizeof(uint32_t)) (void) duk_range_error(ctx, "zlib result array too small");
  result[0] = s.strm.avail_out;
  result[1] = s.strm.avail_in;
}

// Pushes null, or {message, errno} for the last call's error.
void push_outcome(duk_context* ctx, const ZlibState& s) {
  const char* message = s.error_message();
  if (message == nullptr) {
    duk_push_null(ctx);
    return;
  }
  duk_push_object(ctx);
  duk_push_string(ctx, message);
  duk_put_prop_literal(ctx, -2, "message");
  duk_push_int(ctx, s.error_code());
  duk_put_prop_literal(ctx, -2, "errno");
}

// One write on the thread pool; the callback gets (error or null).
class ZlibWork : public PoolWork {
 public:
  ZlibWork(Runtime& rt, ZlibState& state, uint32_t handle_slot, uint32_t args_slot)
      : rt_(rt), state_(state), handle_slot_(handle_slot), args_slot_(args_slot) {}

 protected:
  void run() override { state_.run(); }

  void complete(int status) override {
    duk_context* ctx = rt_.ctx();
    if (status == UV_ECANCELED || !rt_.can_call_into_js()) {
      release();
      return;
    }
    rt_.slots().push(ctx, args_slot_);  // [ ... args ]  args = [result, callback, in, out]
    duk_get_prop_index(ctx, -1, 0);     // [ ... args result ]
    store_result(ctx, -1, state_);
    duk_pop(ctx);
    duk_get_prop_index(ctx, -1, 1);     // [ ... args callback ]
    duk_push_undefined(ctx);            // this
    push_outcome(ctx, state_);          // [ ... args callback this outcome ]
    {
      CallbackScope scope(rt_, "zlib", id, cause, -3);
      scope.set_threw(!rt_.call_into_js(1));
    }
    duk_pop_2(ctx);
    release();
    rt_.run_checkpoint();
  }

 private:
  void release() {
    rt_.slots().release(rt_.ctx(), handle_slot_);
    rt_.slots().release(rt_.ctx(), args_slot_);
  }

  Runtime& rt_;
  ZlibState& state_;  // owned by the handle, which the handle slot keeps alive
  uint32_t handle_slot_;
  uint32_t args_slot_;
};

duk_ret_t write(duk_context* ctx) {
  ZlibState& s = state_arg(ctx, 0);
  if (!s.initialized) return duk_error(ctx, DUK_ERR_ERROR, "zlib binding closed");
  set_buffers(ctx, s);
  if (!duk_is_function(ctx, 9)) {
    s.run();
    store_result(ctx, 8, s);
    push_outcome(ctx, s);
    return 1;
  }
  Runtime& rt = Runtime::from(ctx);
  // Keep the handle, the buffers, the result array and the callback alive.
  duk_push_array(ctx);
  duk_dup(ctx, 8);
  duk_put_prop_index(ctx, -2, 0);
  duk_dup(ctx, 9);
  duk_put_prop_index(ctx, -2, 1);
  duk_dup(ctx, 2);
  duk_put_prop_index(ctx, -2, 2);
  duk_dup(ctx, 5);
  duk_put_prop_index(ctx, -2, 3);
  const uint32_t args_slot = rt.slots().put(ctx, -1);
  duk_pop(ctx);
  const uint32_t handle_slot = rt.slots().put(ctx, 0);
  auto* work = new ZlibWork(rt, s, handle_slot, args_slot);
  work->id = rt.new_id();
  work->cause = rt.execution_id();
  work->what = "zlib";
  rt.pool().submit(work, "");
  duk_push_null(ctx);
  return 1;
}

duk_ret_t reset(duk_context* ctx) {
  ZlibState& s = state_arg(ctx, 0);
  duk_get_prop_literal(ctx, 0, DUK_HIDDEN_SYMBOL("settings"));
  Settings settings{};
  std::memcpy(&settings, duk_require_buffer(ctx, -1, nullptr), sizeof settings);
  duk_pop(ctx);
  if (init_stream(s, settings.window_bits, settings.level, settings.mem_level,
                  settings.strategy) != Z_OK) {
    return duk_error(ctx, DUK_ERR_ERROR, "Failed to reset stream");
  }
  return 0;
}

duk_ret_t params(duk_context* ctx) {
  ZlibState& s = state_arg(ctx, 0);
  if (s.deflating && deflateParams(&s.strm, duk_require_int(ctx, 1), duk_require_int(ctx, 2)) !=
                         Z_OK) {
    return duk_error(ctx, DUK_ERR_ERROR, "Failed to set parameters");
  }
  return 0;
}

duk_ret_t close(duk_context* ctx) {
  state_arg(ctx, 0).end();
  return 0;
}

duk_ret_t crc32_fn(duk_context* ctx) {
  duk_size_t n = 0;
  std::string text;
  const Bytef* data;
  if (duk_is_string(ctx, 0)) {
    text = require_string(ctx, 0, "data");
    data = reinterpret_cast<const Bytef*>(text.data());
    n = text.size();
  } else {
    data = static_cast<const Bytef*>(duk_require_buffer_data(ctx, 0, &n));
  }
  const auto value = static_cast<uLong>(duk_to_uint32(ctx, 1));
  duk_push_number(ctx, static_cast<double>(crc32(value, data, static_cast<uInt>(n))));
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"create", create, 6}, {"write", write, 10}, {"reset", reset, 1},    {"params", params, 3},
    {"close", close, 1},   {"crc32", crc32_fn, 2}, {nullptr, nullptr, 0},
};

// The constants zlib.constants lists (Node's src/node_zlib.cc).
void put_constants(duk_context* ctx) {
  const struct {
    const char* name;
    int value;
  } kConstants[] = {
      {"Z_NO_FLUSH", Z_NO_FLUSH}, {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
      {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH},
      {"Z_BLOCK", Z_BLOCK}, {"Z_OK", Z_OK}, {"Z_STREAM_END", Z_STREAM_END},
      {"Z_NEED_DICT", Z_NEED_DICT}, {"Z_ERRNO", Z_ERRNO}, {"Z_STREAM_ERROR", Z_STREAM_ERROR},
      {"Z_DATA_ERROR", Z_DATA_ERROR}, {"Z_MEM_ERROR", Z_MEM_ERROR}, {"Z_BUF_ERROR", Z_BUF_ERROR},
      {"Z_VERSION_ERROR", Z_VERSION_ERROR}, {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
      {"Z_BEST_SPEED", Z_BEST_SPEED}, {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
      {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION}, {"Z_FILTERED", Z_FILTERED},
      {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
      {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"ZLIB_VERNUM", ZLIB_VERNUM},
      {"DEFLATE", kDeflate}, {"INFLATE", kInflate}, {"GZIP", kGzip}, {"GUNZIP", kGunzip},
      {"DEFLATERAW", kDeflateRaw}, {"INFLATERAW", kInflateRaw}, {"UNZIP", kUnzip},
  };
  duk_push_object(ctx);
  for (const auto& c : kConstants) {
    duk_push_int(ctx, c.value);
    duk_put_prop_string(ctx, -2, c.name);
  }
  duk_put_prop_literal(ctx, -2, "constants");
}

}  // namespace

void init_zlib_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
  put_constants(ctx);
}

}  // namespace ts
