// Small helpers to write JSON text fast and always valid.
#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ts::trace {

// Appends s as a JSON string literal (with quotes). Control characters are
// escaped; bytes that are not valid UTF-8 (Duktape strings may hold lone
// surrogates in CESU-8) become U+FFFD, so the output always parses.
void append_json_string(std::string& out, std::string_view s);

// The same, into a buffer with room for json_string_max(s.size()) bytes;
// returns the end of what it wrote. (The worst case is a control character,
// 1 byte in, 6 out.) The trace writer's hot path uses these pointer forms.
constexpr size_t json_string_max(size_t n) { return 6 * n + 2; }
char* write_json_string(char* p, std::string_view s);

void append_int(std::string& out, int64_t v);
void append_uint(std::string& out, uint64_t v);
// Shortest round-trip form; non-finite numbers are written as null.
void append_double(std::string& out, double v);

// Numbers into a buffer with room for kNumberMax bytes; each returns the end.
constexpr size_t kNumberMax = 32;
inline char* write_int(char* p, int64_t v) { return std::to_chars(p, p + kNumberMax, v).ptr; }
inline char* write_uint(char* p, uint64_t v) { return std::to_chars(p, p + kNumberMax, v).ptr; }
char* write_double(char* p, double v);

}  // namespace ts::trace
