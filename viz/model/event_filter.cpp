#include "model/event_filter.hpp"

#include <algorithm>

#include "model/event_text.hpp"

namespace ts::viz {

void EventFilter::set(const CategoryMask& categories, const std::string& search) {
  std::string lower = search;
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  while (!lower.empty() && lower.back() == ' ') lower.pop_back();
  if (categories == categories_ && lower == needle_) return;
  categories_ = categories;
  needle_ = lower;
  rows_.clear();
  scanned_ = 0;
}

bool EventFilter::update(const trace::EventLog& log, const trace::StringTable& strings,
                         size_t budget) {
  const size_t end = log.size();
  if (scanned_ < log.first()) scanned_ = log.first();
  const size_t stop = std::min(end, scanned_ + budget);
  for (size_t i = scanned_; i < stop; ++i) {
    const trace::Event& e = log[i];
    if (!categories_.test(static_cast<size_t>(trace::kind_info(e.kind).category))) continue;
    if (!needle_.empty() && !event_matches(e, strings, needle_)) continue;
    rows_.push_back(static_cast<uint32_t>(i));
  }
  scanned_ = stop;
  return scanned_ == end;
}

size_t EventFilter::row_before(size_t cursor) const {
  const auto it = std::lower_bound(rows_.begin(), rows_.end(), cursor,
                                   [](uint32_t r, size_t c) { return r < c; });
  const size_t n = static_cast<size_t>(it - rows_.begin());
  return n == 0 ? 0 : n - 1;
}

}  // namespace ts::viz
