// Small helpers to write JSON text fast and always valid.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ts::trace {

// Appends s as a JSON string literal (with quotes). Control characters are
// escaped; bytes that are not valid UTF-8 (Duktape strings may hold lone
// surrogates in CESU-8) become U+FFFD, so the output always parses.
void append_json_string(std::string& out, std::string_view s);

void append_int(std::string& out, int64_t v);
void append_uint(std::string& out, uint64_t v);
// Shortest round-trip form; non-finite numbers are written as null.
void append_double(std::string& out, double v);

}  // namespace ts::trace
