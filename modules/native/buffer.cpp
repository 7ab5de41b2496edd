// internalBinding('buffer'): the byte work behind Buffer (modules/lib/buffer.js,
// internal/buffer.js, internal/buffer/pool.js) and string_decoder.
//
// What lives here and why: every loop over bytes or characters, which is
// 10-100x faster in C++ than in Duktape's interpreter: the encoders and
// decoders (utf8, ucs2/utf16le, latin1, ascii, base64, base64url, hex),
// byteLength, compare, indexOf, fill, copy, swap; and allocation: an
// ArrayBuffer with external-memory accounting, a Uint8Array view whose
// prototype is Buffer.prototype, and the carving of pooled Buffers out of
// the current slab (poolAlloc, poolWrite, and allocUnsafe's fast path), whose
// size and offset are shared with internal/buffer/pool.js, and, with tracing
// on, the events of each Buffer carved (buffer_pool.hpp says why they are
// recorded here). The policy (when to start a slab, argument checks, errors,
// the slab events) is JS's.
//
// Strings. Duktape stores a string as "extended UTF-8" (CESU-8 in practice):
// a character above U+FFFF is a surrogate pair and each surrogate is encoded
// on its own as 3 bytes (ED A0..BF xx); a string may also hold lone
// surrogates, as JS strings can. duk_get_lstring gives those bytes. So:
//   - string -> UTF-8 joins a surrogate pair into one 4-byte sequence and
//     turns a lone surrogate into EF BF BD (U+FFFD), as V8's WriteUtf8 does;
//   - UTF-8 -> string splits a 4-byte sequence into a surrogate pair (two
//     3-byte sequences) and replaces invalid input by U+FFFD following the
//     WHATWG decoder (one U+FFFD per "maximal subpart"), as V8 does;
//   - ucs2/latin1/ascii work on UTF-16 code units, decoded from those bytes.
// A well-formed Duktape string needs no rewriting unless it holds a
// surrogate (lead byte ED followed by A0..BF), so the common paths are
// memchr + memcpy.
//
// Encodings are numbered (kEnc*): *Must* match internal/buffer/encoding.js.
#include <cmath>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "buffer.hpp"
#include "buffer_pool.hpp"

#include "binding.hpp"
#include "duktape/duk_internal_helpers.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

enum Encoding : int {
  kEncUtf8 = 1,
  kEncUcs2 = 2,
  kEncLatin1 = 3,
  kEncAscii = 4,
  kEncBase64 = 5,
  kEncBase64Url = 6,
  kEncHex = 7,
};


// --- small helpers ---------------------------------------------------------

struct Bytes {
  uint8_t* data;
  size_t len;
};

// The bytes of any buffer value (Buffer, typed array, DataView, ArrayBuffer).
Bytes require_bytes(duk_context* ctx, duk_idx_t i) {
  duk_size_t len = 0;
  void* p = duk_require_buffer_data(ctx, i, &len);
  return Bytes{static_cast<uint8_t*>(p), static_cast<size_t>(len)};
}

struct Str {
  const uint8_t* data;
  size_t len;
};

Str get_str(duk_context* ctx, duk_idx_t i) {
  duk_size_t len = 0;
  const char* s = duk_require_lstring(ctx, i, &len);
  return Str{reinterpret_cast<const uint8_t*>(s), static_cast<size_t>(len)};
}

// An integer argument clamped to [0, max] (NaN, undefined -> def).
size_t get_index(duk_context* ctx, duk_idx_t i, size_t def, size_t max) {
  if (duk_is_undefined(ctx, i)) return def < max ? def : max;
  double d = duk_to_number(ctx, i);
  if (d != d) return def < max ? def : max;
  if (d <= 0) return 0;
  if (d >= static_cast<double>(max)) return max;
  return static_cast<size_t>(d);
}

// Reusable scratch for building result strings; keeps its capacity.
std::string& scratch() {
  static thread_local std::string s;
  s.clear();
  return s;
}

inline bool is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

inline void put_fffd(std::string& out) { out.append("\xEF\xBF\xBD", 3); }

// The length in bytes of the internal sequence that starts with `lead`
// (extended UTF-8, at most 7 bytes; a stray continuation byte counts 1).
inline size_t seq_len(uint8_t lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  if (lead < 0xF8) return 4;
  if (lead < 0xFC) return 5;
  if (lead < 0xFE) return 6;
  return 7;
}

// Decodes the code point of one internal sequence at s[i] (n = total length),
// advancing i. A truncated sequence yields U+FFFD.
inline uint32_t next_cp(const uint8_t* s, size_t n, size_t& i) {
  const uint8_t c = s[i];
  if (c < 0x80) {
    ++i;
    return c;
  }
  const size_t l = seq_len(c);
  if (l == 1 || i + l > n) {
    ++i;
    return 0xFFFD;
  }
  uint32_t cp = c & (0x7F >> l);
  for (size_t k = 1; k < l; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
  i += l;
  return cp;
}

// Calls f(unit) for each UTF-16 code unit of an internal string.
template <typename F>
void for_each_unit(Str s, F f) {
  size_t i = 0;
  while (i < s.len) {
    const uint32_t cp = next_cp(s.data, s.len, i);
    if (cp > 0xFFFF) {
      const uint32_t v = cp - 0x10000;
      if (!f(static_cast<uint16_t>(0xD800 + (v >> 10)))) return;
      if (!f(static_cast<uint16_t>(0xDC00 + (v & 0x3FF)))) return;
    } else {
      if (!f(static_cast<uint16_t>(cp))) return;
    }
  }
}

// True if s[i..] is a 3-byte internal sequence of a surrogate (ED A0..BF xx).
inline bool at_surrogate(const uint8_t* s, size_t n, size_t i) {
  return s[i] == 0xED && i + 2 < n && s[i + 1] >= 0xA0;
}
inline uint32_t surrogate_at(const uint8_t* s, size_t i) {
  return 0xD000 | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
}

// --- string -> UTF-8 -------------------------------------------------------

// The UTF-8 length of an internal string: a surrogate pair (6 internal
// bytes) becomes 4 bytes; everything else keeps its length (a lone
// surrogate's 3 bytes become EF BF BD, also 3).
size_t utf8_length(Str s) {
  size_t n = s.len;
  size_t i = 0;
  while (i < s.len) {
    const void* hit = std::memchr(s.data + i, 0xED, s.len - i);
    if (hit == nullptr) break;
    i = static_cast<size_t>(static_cast<const uint8_t*>(hit) - s.data);
    if (at_surrogate(s.data, s.len, i)) {
      const uint32_t u = surrogate_at(s.data, i);
      if (u < 0xDC00 && i + 5 < s.len && at_surrogate(s.data, s.len, i + 3) &&
          surrogate_at(s.data, i + 3) >= 0xDC00) {
        n -= 2;
        i += 6;
        continue;
      }
      i += 3;
    } else {
      ++i;
    }
  }
  return n;
}

// Writes the UTF-8 form of an internal string into out[0..cap), whole
// characters only (V8's WriteUtf8 with REPLACE_INVALID_UTF8). Returns the
// bytes written.
size_t utf8_write(Str s, uint8_t* out, size_t cap) {
  size_t i = 0;
  size_t o = 0;
  while (i < s.len && o < cap) {
    // A run without surrogates is copied as is (cut at a character boundary
    // when it does not fit).
    const void* hit = std::memchr(s.data + i, 0xED, s.len - i);
    size_t run_end = hit ? static_cast<size_t>(static_cast<const uint8_t*>(hit) - s.data) : s.len;
    if (run_end > i) {
      size_t take = run_end - i;
      if (take > cap - o) {
        // Cut before the character that does not fit whole: s.data[cut] is
        // the first byte left out; back off while it continues a character.
        size_t cut = i + (cap - o);
        while (cut > i && is_cont(s.data[cut])) --cut;
        take = cut - i;
        std::memcpy(out + o, s.data + i, take);
        o += take;
        return o;
      }
      std::memcpy(out + o, s.data + i, take);
      o += take;
      i = run_end;
      continue;
    }
    // s.data[i] == 0xED.
    if (!at_surrogate(s.data, s.len, i)) {
      // U+D000..U+D7FF, an ordinary 3-byte character.
      if (i + 3 > s.len) {
        i = s.len;  // truncated: ignore
        break;
      }
      if (cap - o < 3) break;
      std::memcpy(out + o, s.data + i, 3);
      o += 3;
      i += 3;
      continue;
    }
    const uint32_t u = surrogate_at(s.data, i);
    if (u < 0xDC00 && i + 5 < s.len && at_surrogate(s.data, s.len, i + 3)) {
      const uint32_t lo = surrogate_at(s.data, i + 3);
      if (lo >= 0xDC00) {
        if (cap - o < 4) break;
        const uint32_t cp = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
        out[o++] = static_cast<uint8_t>(0xF0 | (cp >> 18));
        out[o++] = static_cast<uint8_t>(0x80 | ((cp >> 12) & 0x3F));
        out[o++] = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3F));
        out[o++] = static_cast<uint8_t>(0x80 | (cp & 0x3F));
        i += 6;
        continue;
      }
    }
    if (cap - o < 3) break;
    out[o++] = 0xEF;
    out[o++] = 0xBF;
    out[o++] = 0xBD;
    i += 3;
  }
  return o;
}

// --- UTF-8 -> string -------------------------------------------------------

inline void put_cesu(std::string& out, uint32_t unit) {
  // One UTF-16 code unit (surrogates included) as Duktape's internal bytes.
  if (unit < 0x80) {
    out.push_back(static_cast<char>(unit));
  } else if (unit < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (unit >> 6)));
    out.push_back(static_cast<char>(0x80 | (unit & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (unit >> 12)));
    out.push_back(static_cast<char>(0x80 | ((unit >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (unit & 0x3F)));
  }
}

// Index of the first byte >= 0x80 in s[i..n), or n.
inline size_t skip_ascii(const uint8_t* s, size_t i, size_t n) {
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < n && s[i] < 0x80) ++i;
  return i;
}

// Pushes the string decoded from UTF-8 bytes. Valid input without 4-byte
// sequences is already in Duktape's form and is pushed without a copy.
void push_utf8_string(duk_context* ctx, const uint8_t* s, size_t n) {
  std::string* out = nullptr;  // set on the first byte that must change
  size_t flushed = 0;          // s[flushed..i) not yet copied to *out
  size_t i = 0;
  auto replace = [&](size_t at, size_t skip, uint32_t cp) {
    if (out == nullptr) {
      out = &scratch();
      out->reserve(n + n / 2 + 8);
    }
    out->append(reinterpret_cast<const char*>(s + flushed), at - flushed);
    if (cp == 0xFFFD) {
      put_fffd(*out);
    } else {
      const uint32_t v = cp - 0x10000;
      put_cesu(*out, 0xD800 + (v >> 10));
      put_cesu(*out, 0xDC00 + (v & 0x3FF));
    }
    flushed = at + skip;
  };
  while (i < n) {
    i = skip_ascii(s, i, n);
    if (i >= n) break;
    const uint8_t c = s[i];
    if (c >= 0xC2 && c <= 0xDF) {
      if (i + 1 < n && is_cont(s[i + 1])) {
        i += 2;
      } else {
        replace(i, 1, 0xFFFD);
        i += 1;
      }
    } else if (c >= 0xE0 && c <= 0xEF) {
      const uint8_t lo = c == 0xE0 ? 0xA0 : 0x80;
      const uint8_t hi = c == 0xED ? 0x9F : 0xBF;
      if (i + 1 < n && s[i + 1] >= lo && s[i + 1] <= hi) {
        if (i + 2 < n && is_cont(s[i + 2])) {
          i += 3;
        } else {
          replace(i, 2, 0xFFFD);
          i += 2;
        }
      } else {
        replace(i, 1, 0xFFFD);
        i += 1;
      }
    } else if (c >= 0xF0 && c <= 0xF4) {
      const uint8_t lo = c == 0xF0 ? 0x90 : 0x80;
      const uint8_t hi = c == 0xF4 ? 0x8F : 0xBF;
      if (i + 1 < n && s[i + 1] >= lo && s[i + 1] <= hi) {
        if (i + 2 < n && is_cont(s[i + 2])) {
          if (i + 3 < n && is_cont(s[i + 3])) {
            const uint32_t cp = (static_cast<uint32_t>(c & 0x07) << 18) |
                                (static_cast<uint32_t>(s[i + 1] & 0x3F) << 12) |
                                (static_cast<uint32_t>(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
            replace(i, 4, cp);
            i += 4;
          } else {
            replace(i, 3, 0xFFFD);
            i += 3;
          }
        } else {
          replace(i, 2, 0xFFFD);
          i += 2;
        }
      } else {
        replace(i, 1, 0xFFFD);
        i += 1;
      }
    } else {
      // A stray continuation byte, C0, C1, F5..FF.
      replace(i, 1, 0xFFFD);
      i += 1;
    }
  }
  if (out == nullptr) {
    duk_push_lstring(ctx, reinterpret_cast<const char*>(s), n);
    return;
  }
  out->append(reinterpret_cast<const char*>(s + flushed), n - flushed);
  duk_push_lstring(ctx, out->data(), out->size());
}

bool is_valid_utf8(const uint8_t* s, size_t n) {
  size_t i = 0;
  while (i < n) {
    i = skip_ascii(s, i, n);
    if (i >= n) break;
    const uint8_t c = s[i];
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + need >= n) return false;
    if (s[i + 1] < lo || s[i + 1] > hi) return false;
    for (size_t k = 2; k <= need; ++k) {
      if (!is_cont(s[i + k])) return false;
    }
    i += need + 1;
  }
  return true;
}

// --- other decoders (bytes -> string) --------------------------------------

void push_latin1_string(duk_context* ctx, const uint8_t* s, size_t n, bool ascii) {
  const size_t first = skip_ascii(s, 0, n);
  if (first == n) {
    duk_push_lstring(ctx, reinterpret_cast<const char*>(s), n);
    return;
  }
  std::string& out = scratch();
  out.reserve(n * 2);
  out.append(reinterpret_cast<const char*>(s), first);
  for (size_t i = first; i < n; ++i) {
    const uint8_t b = ascii ? (s[i] & 0x7F) : s[i];
    if (b < 0x80) {
      out.push_back(static_cast<char>(b));
    } else {
      out.push_back(static_cast<char>(0xC0 | (b >> 6)));
      out.push_back(static_cast<char>(0x80 | (b & 0x3F)));
    }
  }
  duk_push_lstring(ctx, out.data(), out.size());
}

void push_ucs2_string(duk_context* ctx, const uint8_t* s, size_t n) {
  std::string& out = scratch();
  out.reserve(n / 2 * 3);
  for (size_t i = 0; i + 1 < n; i += 2) put_cesu(out, s[i] | (s[i + 1] << 8));
  duk_push_lstring(ctx, out.data(), out.size());
}

void push_hex_string(duk_context* ctx, const uint8_t* s, size_t n) {
  static const char kDigits[] = "0123456789abcdef";
  std::string& out = scratch();
  out.resize(n * 2);
  char* o = &out[0];
  for (size_t i = 0; i < n; ++i) {
    o[2 * i] = kDigits[s[i] >> 4];
    o[2 * i + 1] = kDigits[s[i] & 15];
  }
  duk_push_lstring(ctx, out.data(), out.size());
}

void push_base64_string(duk_context* ctx, const uint8_t* s, size_t n, bool url) {
  const char* table = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                          : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string& out = scratch();
  out.resize((n + 2) / 3 * 4);
  char* o = &out[0];
  size_t i = 0;
  size_t k = 0;
  for (; i + 3 <= n; i += 3) {
    const uint32_t v = (s[i] << 16) | (s[i + 1] << 8) | s[i + 2];
    o[k++] = table[v >> 18];
    o[k++] = table[(v >> 12) & 63];
    o[k++] = table[(v >> 6) & 63];
    o[k++] = table[v & 63];
  }
  if (n - i == 1) {
    const uint32_t v = s[i] << 16;
    o[k++] = table[v >> 18];
    o[k++] = table[(v >> 12) & 63];
    if (!url) {
      o[k++] = '=';
      o[k++] = '=';
    }
  } else if (n - i == 2) {
    const uint32_t v = (s[i] << 16) | (s[i + 1] << 8);
    o[k++] = table[v >> 18];
    o[k++] = table[(v >> 12) & 63];
    o[k++] = table[(v >> 6) & 63];
    if (!url) o[k++] = '=';
  }
  duk_push_lstring(ctx, o, k);
}

void push_decoded(duk_context* ctx, int enc, const uint8_t* s, size_t n) {
  switch (enc) {
    case kEncUtf8: push_utf8_string(ctx, s, n); break;
    case kEncUcs2: push_ucs2_string(ctx, s, n); break;
    case kEncLatin1: push_latin1_string(ctx, s, n, false); break;
    case kEncAscii: push_latin1_string(ctx, s, n, true); break;
    case kEncBase64: push_base64_string(ctx, s, n, false); break;
    case kEncBase64Url: push_base64_string(ctx, s, n, true); break;
    case kEncHex: push_hex_string(ctx, s, n); break;
    default: (void) duk_error(ctx, DUK_ERR_TYPE_ERROR, "bad encoding %d", enc);
  }
}

// --- other encoders (string -> bytes) --------------------------------------

// A string's UTF-16 code units, for the decoders that index them (hex,
// base64): the bytes themselves when the string is ASCII (the usual case),
// else the decoded units.
struct Units {
  const uint8_t* ascii = nullptr;
  std::vector<uint16_t> wide;
  size_t len = 0;
};

Units get_units(duk_context* ctx, duk_idx_t idx, Str s) {
  Units u;
  if (skip_ascii(s.data, 0, s.len) == s.len) {
    u.ascii = s.data;
    u.len = s.len;
    return u;
  }
  u.wide.reserve(s.len);
  for_each_unit(s, [&](uint16_t c) {
    u.wide.push_back(c);
    return true;
  });
  u.len = u.wide.size();
  (void) ctx;
  (void) idx;
  return u;
}

inline int unhex(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

// Node's hex decoding: pairs of digits until the first pair that is not one.
template <typename Char>
size_t hex_decode(const Char* src, size_t n, uint8_t* out, size_t cap) {
  size_t i = 0;
  for (; i < cap && i * 2 + 1 < n; ++i) {
    const int a = unhex(src[i * 2]);
    const int b = unhex(src[i * 2 + 1]);
    if (a < 0 || b < 0) return i;
    out[i] = static_cast<uint8_t>((a << 4) | b);
  }
  return i;
}

size_t hex_write(const Units& u, uint8_t* out, size_t cap) {
  return u.ascii ? hex_decode(u.ascii, u.len, out, cap) : hex_decode(u.wide.data(), u.len, out, cap);
}

// base64 and base64url decode the same way (both alphabets are accepted):
// 0..63 for a digit, 255 otherwise.
struct Base64Table {
  uint8_t v[256];
  Base64Table() {
    std::memset(v, 255, sizeof v);
    const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i) v[static_cast<uint8_t>(digits[i])] = static_cast<uint8_t>(i);
    v[static_cast<uint8_t>('-')] = 62;
    v[static_cast<uint8_t>('_')] = 63;
  }
};
const Base64Table kBase64;

inline uint8_t unbase64(uint32_t c) { return c < 256 ? kBase64.v[c] : 255; }

// Node's lenient decoder (src/base64-inl.h), reimplemented: characters that
// are not base64 digits are skipped, '=' ends the input, a lone final digit
// is dropped; output stops at `cap` bytes or at the size the input's length
// announces (length minus up to two trailing '=', times 3/4). Groups of four
// digits take the fast path; anything else goes one character at a time.
template <typename Char>
size_t base64_decode(const Char* src, size_t n, uint8_t* out, size_t cap) {
  size_t size = n;
  if (size < 2) return 0;
  if (src[size - 1] == '=') {
    --size;
    if (src[size - 1] == '=') --size;
  }
  size_t announced = size / 4 * 3;
  if (size % 4 == 2) announced += 1;
  if (size % 4 == 3) announced += 2;
  const size_t available = cap < announced ? cap : announced;
  const size_t max_k = available / 3 * 3;
  size_t max_i = n / 4 * 4;
  size_t i = 0;
  size_t k = 0;
  // One group of four digits, skipping non-digits; false = stop decoding.
  auto slow_group = [&]() -> bool {
    uint8_t hi = 0;
    uint8_t lo = 0;
    for (int step = 0; step < 4; ++step) {
      for (;;) {
        const uint32_t c = src[i];
        lo = unbase64(c);
        i += 1;
        if (lo < 64) break;
        if (c == '=' || i >= n) return false;
      }
      if (step == 1) out[k++] = static_cast<uint8_t>(((hi & 0x3F) << 2) | ((lo & 0x30) >> 4));
      if (step == 2) out[k++] = static_cast<uint8_t>(((hi & 0x0F) << 4) | ((lo & 0x3C) >> 2));
      if (step == 3) out[k++] = static_cast<uint8_t>(((hi & 0x03) << 6) | (lo & 0x3F));
      if (i >= n) return false;
      if (k >= cap) return false;
      hi = lo;
    }
    return true;
  };
  while (i < max_i && k < max_k) {
    const uint32_t a = unbase64(src[i]);
    const uint32_t b = unbase64(src[i + 1]);
    const uint32_t c = unbase64(src[i + 2]);
    const uint32_t d = unbase64(src[i + 3]);
    if ((a | b | c | d) & 0xC0) {
      if (!slow_group()) return k;
      max_i = i + (n - i) / 4 * 4;
    } else {
      const uint32_t v = (a << 18) | (b << 12) | (c << 6) | d;
      out[k] = static_cast<uint8_t>(v >> 16);
      out[k + 1] = static_cast<uint8_t>(v >> 8);
      out[k + 2] = static_cast<uint8_t>(v);
      i += 4;
      k += 3;
    }
  }
  if (i < n && k < cap) slow_group();
  return k;
}

size_t base64_write(const Units& u, uint8_t* out, size_t cap) {
  return u.ascii ? base64_decode(u.ascii, u.len, out, cap) : base64_decode(u.wide.data(), u.len, out, cap);
}

size_t latin1_write(Str s, uint8_t* out, size_t cap) {
  if (skip_ascii(s.data, 0, s.len) == s.len) {  // ASCII: the bytes as they are
    const size_t n = s.len < cap ? s.len : cap;
    std::memcpy(out, s.data, n);
    return n;
  }
  size_t o = 0;
  for_each_unit(s, [&](uint16_t c) {
    if (o >= cap) return false;
    out[o++] = static_cast<uint8_t>(c & 0xFF);
    return true;
  });
  return o;
}

size_t ucs2_write(Str s, uint8_t* out, size_t cap) {
  size_t o = 0;
  for_each_unit(s, [&](uint16_t c) {
    if (o + 2 > cap) return false;
    out[o++] = static_cast<uint8_t>(c & 0xFF);
    out[o++] = static_cast<uint8_t>(c >> 8);
    return true;
  });
  return o;
}

size_t write_encoded(duk_context* ctx, int enc, duk_idx_t str_idx, uint8_t* out, size_t cap) {
  const Str s = get_str(ctx, str_idx);
  if (cap == 0) return 0;
  switch (enc) {
    case kEncUtf8: return utf8_write(s, out, cap);
    case kEncUcs2: return ucs2_write(s, out, cap);
    case kEncLatin1:
    case kEncAscii: return latin1_write(s, out, cap);
    case kEncBase64:
    case kEncBase64Url: return base64_write(get_units(ctx, str_idx, s), out, cap);
    case kEncHex: return hex_write(get_units(ctx, str_idx, s), out, cap);
    default: (void) duk_error(ctx, DUK_ERR_TYPE_ERROR, "bad encoding %d", enc);
  }
  return 0;
}

// The encoded form of a string in a std::string (indexOf and fill needles).
std::string encode_to_bytes(duk_context* ctx, int enc, duk_idx_t str_idx) {
  const Str s = get_str(ctx, str_idx);
  std::string out;
  size_t cap = 0;
  switch (enc) {
    case kEncUtf8: cap = utf8_length(s); break;
    case kEncUcs2: cap = duk_get_length(ctx, str_idx) * 2 + 4; break;
    case kEncLatin1:
    case kEncAscii: cap = duk_get_length(ctx, str_idx) + 2; break;
    default: cap = s.len; break;  // hex and base64 shrink
  }
  out.resize(cap);
  const size_t n = write_encoded(ctx, enc, str_idx, reinterpret_cast<uint8_t*>(&out[0]), cap);
  out.resize(n);
  return out;
}

// --- bindings: allocation ----------------------------------------------------

// Per-runtime state of the allocation fast paths, in a plain fixed buffer in
// the heap stash (so each Runtime has its own; no globals). The objects it
// points to (heapptrs) are also kept in the stash, which keeps them alive.
// Looking it up is one stash read with a literal key (Duktape's literal
// cache makes that cheap); heapptrs avoid any further property lookups.
struct NativeState {
  void* proto = nullptr;        // Buffer.prototype
  void* slow_alloc = nullptr;   // allocUnsafe's JS path for everything not pooled
  void* pool = nullptr;         // the current slab's ArrayBuffer
  void* release = nullptr;      // release_external, the ArrayBuffers' finalizer
  double* pool_fields = nullptr;  // see PoolField (buffer_pool.hpp)
  PoolTrace trace;              // records each pooled Buffer when tracing is on
};

// The runtime's NativeState (set by init_buffer_binding).
NativeState& native_state(duk_context* ctx) {
  return *static_cast<NativeState*>(Runtime::from(ctx).binding_state(BindingState::Buffer));
}

// releaseExternal(arrayBuffer): the native finalizer of an ArrayBuffer made by
// createArrayBuffer: its bytes leave process.memoryUsage().external.
duk_ret_t release_external(duk_context* ctx) {
  duk_size_t len = 0;
  if (duk_get_buffer_data(ctx, 0, &len) != nullptr || len == 0) {
    Runtime::from(ctx).adjust_external(-static_cast<int64_t>(len));
  }
  return 0;
}

// Pushes a new ArrayBuffer of `size` bytes, counted in external memory until
// it is collected (the shared native finalizer release_external; JS may
// replace it with one of its own that also calls adjustExternal).
// zero=false leaves the bytes uninitialised, as allocUnsafe's are.
void push_array_buffer(duk_context* ctx, const NativeState& st, double d, bool zero) {
  if (!(d >= 0) || d > 4294967295.0) (void) duk_error(ctx, DUK_ERR_RANGE_ERROR, "Array buffer allocation failed");
  const size_t size = static_cast<size_t>(d);
  duk_push_buffer_raw(ctx, size, zero ? 0 : DUK_BUF_FLAG_NOZERO);
  duk_push_buffer_object(ctx, -1, 0, size, DUK_BUFOBJ_ARRAYBUFFER);
  duk_remove(ctx, -2);
  duk_push_heapptr(ctx, st.release);
  duk_set_finalizer(ctx, -2);
  Runtime::from(ctx).adjust_external(static_cast<int64_t>(size));
  // [ ... ab ]
}

// createArrayBuffer(size, zero) -> ArrayBuffer (see push_array_buffer).
duk_ret_t create_array_buffer(duk_context* ctx) {
  push_array_buffer(ctx, native_state(ctx), duk_require_number(ctx, 0), duk_to_boolean(ctx, 1));
  return 1;
}

// Pushes a Uint8Array over [off, off + len) of the ArrayBuffer at ab_idx
// whose prototype is Buffer.prototype (Node's FastBuffer).
//
// The view is made non-extensible. WHY: in V8 a write to a typed array index
// past its end (b[200] = 5 on 100 bytes) is ignored and b[200] stays
// undefined; Duktape 2.7 instead stores an ordinary property "200". On a
// non-extensible object Duktape ignores that write (sloppy mode; strict mode
// throws a TypeError where V8 is silent). The price: own properties cannot
// be added to a Buffer (buf.foo = 1 is ignored). The engine-level fix is a
// patch to Duktape's typed-array [[Set]]. The flag is cleared directly
// (duk_internal::prevent_extensions): calling Object.preventExtensions cost
// more than the rest of the allocation.
void push_view(duk_context* ctx, const NativeState& st, duk_idx_t ab_idx, double off, double len) {
  ab_idx = duk_normalize_index(ctx, ab_idx);
  duk_push_buffer_object(ctx, ab_idx, static_cast<duk_size_t>(off), static_cast<duk_size_t>(len),
                         DUK_BUFOBJ_UINT8ARRAY);
  duk_push_heapptr(ctx, st.proto);
  duk_set_prototype(ctx, -2);
  duk_internal::prevent_extensions(ctx, -1);
  // [ ... view ]
}

// createView(arrayBuffer, byteOffset, length) -> Buffer. The caller has
// checked the range.
duk_ret_t create_view(duk_context* ctx) {
  const NativeState& st = native_state(ctx);
  push_view(ctx, st, 0, duk_require_number(ctx, 1), duk_require_number(ctx, 2));
  return 1;
}

// ECMAScript ToUint32.
uint32_t to_uint32(double d) {
  if (d >= 0 && d < 4294967296.0) return static_cast<uint32_t>(d);
  if (!(d == d) || d == 1.0 / 0.0 || d == -1.0 / 0.0) return 0;
  double m = std::fmod(std::trunc(d), 4294967296.0);
  if (m < 0) m += 4294967296.0;
  return static_cast<uint32_t>(m);
}

// allocOwn(size, zero) -> a Buffer over a new ArrayBuffer of its own (the
// untraced path of Buffer.alloc, allocUnsafeSlow and large allocations).
duk_ret_t alloc_own(duk_context* ctx) {
  const NativeState& st = native_state(ctx);
  const double size = duk_require_number(ctx, 0);
  push_array_buffer(ctx, st, size, duk_to_boolean(ctx, 1));
  push_view(ctx, st, -1, 0, size);
  return 1;
}

// Node's alignPool() on the double poolOffset: `if (o & 7) { o |= 7; o++; }`
// with JS's int32 conversions, so odd (fractional) sizes behave as in Node.
double align_pool(double offset) {
  const int32_t i = static_cast<int32_t>(static_cast<int64_t>(offset));
  if (i & 7) return static_cast<double>((i | 7) + 1);
  return offset;
}

// A view's byteOffset or length as Duktape stores it from a double
// (truncated), as a double again: what JS would read back from the Buffer.
double view_number(double d) { return static_cast<double>(static_cast<duk_size_t>(d)); }

// Takes `size` bytes of the current slab: pushes the Buffer and returns
// true, or returns false (pushing nothing) when they do not fit. `api`: the
// trace string id of the caller's api name (unused when not tracing).
bool pool_take(duk_context* ctx, NativeState& st, double size, int64_t api) {
  double* f = st.pool_fields;
  if (st.pool == nullptr || size > f[kSlabSize] - f[kPoolOffset]) return false;
  const double offset = f[kPoolOffset];
  duk_push_heapptr(ctx, st.pool);
  push_view(ctx, st, -1, offset, size);
  duk_remove(ctx, -2);
  f[kPoolOffset] = align_pool(offset + size);
  if (st.trace.enabled()) st.trace.record_take(f, view_number(offset), view_number(size), api);
  return true;
}

// poolAlloc(size, api) -> a Buffer of `size` bytes of the current slab, or
// undefined when they do not fit (the JS pool then starts a new slab). api:
// the name recorded in buffer.alloc ('from', 'concat', ...).
duk_ret_t pool_alloc(duk_context* ctx) {
  NativeState& st = native_state(ctx);
  const double size = duk_require_number(ctx, 0);
  const int64_t api = st.trace.enabled() ? st.trace.api(1) : 0;
  if (!pool_take(ctx, st, size, api)) duk_push_undefined(ctx);
  return 1;
}

// poolWrite(enc, string, reserve, api) -> a Buffer of the string encoded
// straight into the slab (reserve: an upper bound of its size, which must
// fit), or undefined when `reserve` bytes do not fit. api as poolAlloc's.
duk_ret_t pool_write(duk_context* ctx) {
  NativeState& st = native_state(ctx);
  const int enc = duk_require_int(ctx, 0);
  const double reserve = duk_require_number(ctx, 2);
  double* f = st.pool_fields;
  if (st.pool == nullptr || reserve > f[kSlabSize] - f[kPoolOffset]) {
    duk_push_undefined(ctx);
    return 1;
  }
  const double offset = f[kPoolOffset];
  duk_push_heapptr(ctx, st.pool);
  duk_size_t slab_len = 0;
  auto* data = static_cast<uint8_t*>(duk_require_buffer_data(ctx, -1, &slab_len));
  const size_t off = static_cast<size_t>(offset);
  size_t cap = static_cast<size_t>(reserve);
  if (off > slab_len) cap = 0;
  else if (cap > slab_len - off) cap = slab_len - off;
  const size_t actual = write_encoded(ctx, enc, 1, data + off, cap);
  push_view(ctx, st, -1, offset, static_cast<double>(actual));
  f[kPoolOffset] = align_pool(offset + static_cast<double>(actual));
  if (st.trace.enabled()) {
    st.trace.record_take(f, view_number(offset), static_cast<double>(actual), st.trace.api(3));
  }
  return 1;
}

// allocUnsafe(size): Buffer.allocUnsafe itself, traced or not. The pooled
// case (0 < size < Buffer.poolSize >>> 1 and it fits in the slab) is done
// here without entering JS; everything else goes to the JS path.
duk_ret_t alloc_unsafe(duk_context* ctx) {
  NativeState& st = native_state(ctx);
  if (duk_is_number(ctx, 0)) {
    const double size = duk_get_number(ctx, 0);
    const double limit = static_cast<double>(to_uint32(st.pool_fields[kPoolSize]) >> 1);  // poolSize >>> 1
    if (size > 0 && size < limit && pool_take(ctx, st, size, st.trace.alloc_unsafe_api())) return 1;
  }
  duk_push_heapptr(ctx, st.slow_alloc);
  duk_dup(ctx, 0);
  duk_call(ctx, 1);
  return 1;
}

// setup(Buffer.prototype, slowAllocUnsafe): called once by buffer.js.
duk_ret_t setup(duk_context* ctx) {
  NativeState& st = native_state(ctx);
  st.proto = keep_in_stash(ctx, 0, "\xff" "bufferProto");
  st.slow_alloc = keep_in_stash(ctx, 1, "\xff" "bufferSlowAlloc");
  return 0;
}

// setPool(arrayBuffer): the current slab (the JS pool sets the fields).
duk_ret_t set_pool(duk_context* ctx) {
  NativeState& st = native_state(ctx);
  st.pool = keep_in_stash(ctx, 0, "\xff" "bufferPool");
  return 0;
}

// adjustExternal(delta) -> the new external byte count.
duk_ret_t adjust_external(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  rt.adjust_external(static_cast<int64_t>(duk_require_number(ctx, 0)));
  duk_push_number(ctx, static_cast<double>(rt.external_bytes()));
  return 1;
}

duk_ret_t external_bytes(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(Runtime::from(ctx).external_bytes()));
  return 1;
}

// --- bindings: strings -------------------------------------------------------

duk_ret_t byte_length_utf8(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(utf8_length(get_str(ctx, 0))));
  return 1;
}

// slice(buf, enc, start, end) -> string. start/end are clamped to the buffer.
duk_ret_t slice(duk_context* ctx) {
  const Bytes b = require_bytes(ctx, 0);
  const int enc = duk_require_int(ctx, 1);
  const size_t start = get_index(ctx, 2, 0, b.len);
  size_t end = get_index(ctx, 3, b.len, b.len);
  if (end < start) end = start;
  if (end == start) {
    duk_push_string(ctx, "");
    return 1;
  }
  push_decoded(ctx, enc, b.data + start, end - start);
  return 1;
}

// write(buf, enc, string, offset, maxLength) -> bytes written (whole
// characters only for utf8 and ucs2). The caller has checked the range.
duk_ret_t write(duk_context* ctx) {
  const Bytes b = require_bytes(ctx, 0);
  const int enc = duk_require_int(ctx, 1);
  const size_t off = get_index(ctx, 3, 0, b.len);
  const size_t max = get_index(ctx, 4, b.len - off, b.len - off);
  const size_t n = write_encoded(ctx, enc, 2, b.data + off, max);
  duk_push_number(ctx, static_cast<double>(n));
  return 1;
}

// --- bindings: comparing and searching ---------------------------------------

int normalize_compare(int val, size_t a_len, size_t b_len) {
  if (val == 0) return a_len > b_len ? 1 : (a_len < b_len ? -1 : 0);
  return val > 0 ? 1 : -1;
}

duk_ret_t compare(duk_context* ctx) {
  const Bytes a = require_bytes(ctx, 0);
  const Bytes b = require_bytes(ctx, 1);
  const size_t n = a.len < b.len ? a.len : b.len;
  duk_push_int(ctx, normalize_compare(n ? std::memcmp(a.data, b.data, n) : 0, a.len, b.len));
  return 1;
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
duk_ret_t compare_offset(duk_context* ctx) {
  const Bytes src = require_bytes(ctx, 0);
  const Bytes tgt = require_bytes(ctx, 1);
  const size_t ts = get_index(ctx, 2, 0, tgt.len);
  const size_t ss = get_index(ctx, 3, 0, src.len);
  size_t te = get_index(ctx, 4, tgt.len, tgt.len);
  size_t se = get_index(ctx, 5, src.len, src.len);
  if (te < ts) te = ts;
  if (se < ss) se = ss;
  size_t n = se - ss;
  if (te - ts < n) n = te - ts;
  duk_push_int(ctx, normalize_compare(n ? std::memcmp(src.data + ss, tgt.data + ts, n) : 0, se - ss,
                                      te - ts));
  return 1;
}

// Where an indexOf/lastIndexOf search starts (Node's IndexOfOffset), or -1.
int64_t index_of_offset(size_t length, int64_t offset, int64_t needle_length, bool forward) {
  const int64_t len = static_cast<int64_t>(length);
  if (offset < 0) {
    if (offset + len >= 0) return len + offset;
    if (forward || needle_length == 0) return 0;
    return -1;
  }
  if (offset + needle_length <= len) return offset;
  if (needle_length == 0) return len;
  if (forward) return -1;
  return len - 1;
}

// Searches needle in hay (step 1 for bytes, 2 for UTF-16 units, positions
// counted in steps); returns the byte position or -1.
int64_t search(const uint8_t* hay, size_t hay_len, const uint8_t* needle, size_t needle_len,
               size_t start, bool forward, size_t step) {
  const size_t hn = hay_len / step;
  const size_t nn = needle_len / step;
  if (nn == 0 || hn < nn) return -1;
  const size_t diff = hn - nn;
  if (forward) {
    for (size_t p = start; p <= diff; ++p) {
      if (step == 1) {
        const void* hit = std::memchr(hay + p, needle[0], diff - p + 1);
        if (hit == nullptr) return -1;
        p = static_cast<size_t>(static_cast<const uint8_t*>(hit) - hay);
      }
      if (std::memcmp(hay + p * step, needle, nn * step) == 0) return static_cast<int64_t>(p * step);
    }
    return -1;
  }
  size_t p = start < diff ? start : diff;
  for (;;) {
    if (std::memcmp(hay + p * step, needle, nn * step) == 0) return static_cast<int64_t>(p * step);
    if (p == 0) return -1;
    --p;
  }
}

int64_t index_of_bytes(const Bytes& hay, const uint8_t* needle, size_t needle_len, int64_t offset,
                       bool forward, bool ucs2) {
  const size_t hay_len = ucs2 ? (hay.len & ~static_cast<size_t>(1)) : hay.len;
  const int64_t opt = index_of_offset(hay_len, offset, static_cast<int64_t>(needle_len), forward);
  if (needle_len == 0) return opt;
  if (hay_len == 0 || opt <= -1) return -1;
  const size_t start = static_cast<size_t>(opt);
  if ((forward && needle_len + start > hay_len) || needle_len > hay_len) return -1;
  if (ucs2) {
    if (hay_len < 2 || needle_len < 2) return -1;
    return search(hay.data, hay_len, needle, needle_len, start / 2, forward, 2);
  }
  return search(hay.data, hay_len, needle, needle_len, start, forward, 1);
}

int64_t to_offset(duk_context* ctx, duk_idx_t i) {
  const double d = duk_to_number(ctx, i);
  if (d != d) return 0;
  if (d > 9.0e18) return INT64_MAX / 2;
  if (d < -9.0e18) return INT64_MIN / 2;
  return static_cast<int64_t>(d);
}

// indexOfString(buf, string, byteOffset, enc, forward): enc is utf8, ucs2 or
// latin1 (the others search for the decoded bytes with indexOfBuffer).
duk_ret_t index_of_string(duk_context* ctx) {
  const Bytes hay = require_bytes(ctx, 0);
  const int enc = duk_require_int(ctx, 3);
  const std::string needle = encode_to_bytes(ctx, enc, 1);
  const int64_t r = index_of_bytes(hay, reinterpret_cast<const uint8_t*>(needle.data()), needle.size(),
                                   to_offset(ctx, 2), duk_to_boolean(ctx, 4), enc == kEncUcs2);
  duk_push_number(ctx, static_cast<double>(r));
  return 1;
}

// indexOfBuffer(buf, needle, byteOffset, enc, forward)
duk_ret_t index_of_buffer(duk_context* ctx) {
  const Bytes hay = require_bytes(ctx, 0);
  const Bytes needle = require_bytes(ctx, 1);
  const int enc = duk_require_int(ctx, 3);
  // The needle may be a view of the same memory; search() only reads.
  const int64_t r = index_of_bytes(hay, needle.data, needle.len, to_offset(ctx, 2), duk_to_boolean(ctx, 4),
                                   enc == kEncUcs2);
  duk_push_number(ctx, static_cast<double>(r));
  return 1;
}

// indexOfNumber(buf, byte, byteOffset, forward)
duk_ret_t index_of_number(duk_context* ctx) {
  const Bytes hay = require_bytes(ctx, 0);
  const uint8_t needle = static_cast<uint8_t>(duk_to_uint32(ctx, 1) & 0xFF);
  const bool forward = duk_to_boolean(ctx, 3);
  const int64_t opt = index_of_offset(hay.len, to_offset(ctx, 2), 1, forward);
  if (opt <= -1 || hay.len == 0) {
    duk_push_int(ctx, -1);
    return 1;
  }
  const size_t off = static_cast<size_t>(opt);
  int64_t r = -1;
  if (forward) {
    const void* hit = std::memchr(hay.data + off, needle, hay.len - off);
    if (hit) r = static_cast<const uint8_t*>(hit) - hay.data;
  } else {
    for (size_t p = off + 1; p-- > 0;) {
      if (hay.data[p] == needle) {
        r = static_cast<int64_t>(p);
        break;
      }
    }
  }
  duk_push_number(ctx, static_cast<double>(r));
  return 1;
}

// --- bindings: fill, copy, swap ------------------------------------------------

inline uint8_t to_uint8(double d) {
  if (!(d == d) || d == 1.0 / 0.0 || d == -1.0 / 0.0) return 0;
  d = d < 0 ? -std::floor(-d) : std::floor(d);
  double m = std::fmod(d, 256.0);
  if (m < 0) m += 256.0;
  return static_cast<uint8_t>(m);
}

// Repeats the first `have` bytes of p over p[0..len).
void repeat_fill(uint8_t* p, size_t have, size_t len) {
  while (have < len - have) {
    std::memcpy(p + have, p, have);
    have *= 2;
  }
  if (have < len) std::memcpy(p + have, p, len - have);
}

// fill(buf, value, start, end, enc) -> 0, -1 (the value encodes to no bytes:
// ERR_INVALID_ARG_VALUE) or -2 (out of range: ERR_BUFFER_OUT_OF_BOUNDS).
// value is a number (ToUint8), a string (encoded with enc) or bytes.
duk_ret_t fill(duk_context* ctx) {
  const Bytes b = require_bytes(ctx, 0);
  const double ds = duk_to_number(ctx, 2);
  const double de = duk_to_number(ctx, 3);
  if (!(ds >= 0) || !(de >= 0) || ds > de || de > static_cast<double>(b.len)) {
    duk_push_int(ctx, -2);
    return 1;
  }
  const size_t start = static_cast<size_t>(ds);
  const size_t end = static_cast<size_t>(de);
  const size_t len = end - start;
  duk_push_int(ctx, 0);
  if (len == 0) return 1;
  uint8_t* p = b.data + start;
  if (duk_is_buffer_data(ctx, 1)) {
    const Bytes v = require_bytes(ctx, 1);
    if (v.len == 0) {
      duk_push_int(ctx, -1);
      return 1;
    }
    const size_t n = v.len < len ? v.len : len;
    std::memmove(p, v.data, n);
    repeat_fill(p, n, len);
    return 1;
  }
  if (!duk_is_string(ctx, 1)) {
    std::memset(p, to_uint8(duk_to_number(ctx, 1)), len);
    return 1;
  }
  const int enc = duk_require_int(ctx, 4);
  size_t n;
  if (enc == kEncUtf8 || enc == kEncUcs2) {
    // The whole encoded string, possibly cut inside a character (Node
    // copies min(length, fill length) bytes here).
    const std::string bytes = encode_to_bytes(ctx, enc, 1);
    n = bytes.size() < len ? bytes.size() : len;
    std::memcpy(p, bytes.data(), n);
    if (bytes.empty()) {
      duk_push_int(ctx, -1);
      return 1;
    }
  } else {
    n = write_encoded(ctx, enc, 1, p, len);
    if (n == 0) {
      duk_push_int(ctx, -1);
      return 1;
    }
  }
  repeat_fill(p, n, len);
  return 1;
}

// copy(source, target, targetStart, sourceStart, count) -> count. memmove:
// source and target may overlap (views of one pool).
duk_ret_t copy(duk_context* ctx) {
  const Bytes src = require_bytes(ctx, 0);
  const Bytes tgt = require_bytes(ctx, 1);
  const size_t ts = get_index(ctx, 2, 0, tgt.len);
  const size_t ss = get_index(ctx, 3, 0, src.len);
  size_t n = get_index(ctx, 4, 0, src.len - ss);
  if (n > tgt.len - ts) n = tgt.len - ts;
  if (n) std::memmove(tgt.data + ts, src.data + ss, n);
  duk_push_number(ctx, static_cast<double>(n));
  return 1;
}

template <size_t W>
duk_ret_t swap(duk_context* ctx) {
  const Bytes b = require_bytes(ctx, 0);
  for (size_t i = 0; i + W <= b.len; i += W) {
    for (size_t k = 0; k < W / 2; ++k) {
      const uint8_t t = b.data[i + k];
      b.data[i + k] = b.data[i + W - 1 - k];
      b.data[i + W - 1 - k] = t;
    }
  }
  duk_dup(ctx, 0);
  return 1;
}

duk_ret_t is_utf8(duk_context* ctx) {
  const Bytes b = require_bytes(ctx, 0);
  duk_push_boolean(ctx, b.len == 0 || is_valid_utf8(b.data, b.len));
  return 1;
}

duk_ret_t is_ascii(duk_context* ctx) {
  const Bytes b = require_bytes(ctx, 0);
  duk_push_boolean(ctx, b.len == 0 || skip_ascii(b.data, 0, b.len) == b.len);
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"createArrayBuffer", create_array_buffer, 2},
    {"createView", create_view, 3},
    {"allocOwn", alloc_own, 2},
    {"poolAlloc", pool_alloc, 2},
    {"poolWrite", pool_write, 4},
    {"allocUnsafe", alloc_unsafe, 1},
    {"setup", setup, 2},
    {"setPool", set_pool, 1},
    {"releaseExternal", release_external, 1},
    {"adjustExternal", adjust_external, 1},
    {"externalBytes", external_bytes, 0},
    {"byteLengthUtf8", byte_length_utf8, 1},
    {"slice", slice, 4},
    {"write", write, 5},
    {"compare", compare, 2},
    {"compareOffset", compare_offset, 6},
    {"indexOfString", index_of_string, 5},
    {"indexOfBuffer", index_of_buffer, 5},
    {"indexOfNumber", index_of_number, 4},
    {"fill", fill, 5},
    {"copy", copy, 5},
    {"swap16", swap<2>, 1},
    {"swap32", swap<4>, 1},
    {"swap64", swap<8>, 1},
    {"isUtf8", is_utf8, 1},
    {"isAscii", is_ascii, 1},
    {nullptr, nullptr, 0},
};

}  // namespace

std::string js_string_to_utf8(duk_context* ctx, duk_idx_t idx) {
  duk_size_t len = 0;
  const char* p = duk_require_lstring(ctx, idx, &len);
  const Str s{reinterpret_cast<const uint8_t*>(p), static_cast<size_t>(len)};
  std::string out;
  out.resize(utf8_length(s));
  if (!out.empty()) out.resize(utf8_write(s, reinterpret_cast<uint8_t*>(&out[0]), out.size()));
  return out;
}

void push_utf8_as_js_string(duk_context* ctx, const char* data, size_t len) {
  push_utf8_string(ctx, reinterpret_cast<const uint8_t*>(data), len);
}

void init_buffer_binding(duk_context* ctx) {
  // The native state and the pool fields, per runtime (see NativeState).
  duk_push_heap_stash(ctx);
  auto* st = new (duk_push_fixed_buffer(ctx, sizeof(NativeState))) NativeState();
  duk_put_prop_string(ctx, -2, "\xff" "bufferState");
  Runtime& rt = Runtime::from(ctx);
  rt.set_binding_state(BindingState::Buffer, st);
  if (rt.recorder().enabled()) st->trace = PoolTrace(rt);
  duk_push_c_function(ctx, release_external, 2);
  st->release = keep_in_stash(ctx, -1, "\xff" "bufferRelease");
  duk_pop(ctx);
  st->pool_fields = static_cast<double*>(duk_push_fixed_buffer(ctx, sizeof(double) * kPoolFieldCount));
  duk_push_buffer_object(ctx, -1, 0, sizeof(double) * kPoolFieldCount, DUK_BUFOBJ_FLOAT64ARRAY);
  // [ stash plain poolFields ]
  duk_remove(ctx, -2);
  duk_put_prop_string(ctx, -2, "\xff" "bufferPoolFields");
  duk_pop(ctx);

  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
  duk_push_heap_stash(ctx);
  duk_get_prop_string(ctx, -1, "\xff" "bufferPoolFields");
  duk_remove(ctx, -2);
  duk_put_prop_string(ctx, -2, "poolFields");
  // Node v20 on 64-bit: kMaxLength = 2^32, kStringMaxLength = 2^29 - 24.
  duk_push_number(ctx, 4294967296.0);
  duk_put_prop_string(ctx, -2, "kMaxLength");
  duk_push_number(ctx, 536870888.0);
  duk_put_prop_string(ctx, -2, "kStringMaxLength");
}

}  // namespace ts
