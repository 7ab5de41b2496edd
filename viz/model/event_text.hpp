// Events as text: the data fields ("ms=1 expiry=13"), a plain-language
// sentence for each kind (the narration line under the controls: "Timer #4
// (1 ms) is due, late by 8 ms"), durations, and the event search.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "trace/event.hpp"
#include "trace/string_table.hpp"

namespace ts::viz {

// "ms=1 expiry=13 repeat=true"; strings quoted and shortened to max_string.
std::string event_data_text(const trace::Event& e, const trace::StringTable& strings,
                            size_t max_string = 80);
// One sentence saying what the event means.
std::string narrate(const trace::Event& e, const trace::StringTable& strings);
// "1.25 ms", "48 µs", "310 ns".
std::string format_duration(uint64_t ns);
// The last path component.
std::string_view base_name(std::string_view path);
// Shortened to at most n bytes (on a UTF-8 boundary), newlines shown as ⏎.
std::string shorten(std::string_view s, size_t n);

// Case-insensitive search in the kind's name, the string fields, and the id
// (when the needle is a number). needle_lower must be lower case.
bool event_matches(const trace::Event& e, const trace::StringTable& strings,
                   std::string_view needle_lower);

}  // namespace ts::viz
