// EventFilter: the event list's index of matching events (by category and a
// search string), built a slice at a time so that typing into the search box
// never stalls a frame, and extended as the log grows.
#pragma once

#include <bitset>
#include <string>
#include <vector>

#include "model/model_types.hpp"
#include "trace/event_log.hpp"
#include "trace/string_table.hpp"

namespace ts::viz {

using CategoryMask = std::bitset<static_cast<size_t>(trace::Category::Count)>;

class EventFilter {
 public:
  EventFilter() { categories_.set(); }

  // Changes the filter (restarts the index when it differs).
  void set(const CategoryMask& categories, const std::string& search);
  // Scans up to `budget` more events; true when the index covers the log.
  bool update(const trace::EventLog& log, const trace::StringTable& strings, size_t budget);
  const std::vector<uint32_t>& rows() const { return rows_; }
  size_t scanned() const { return scanned_; }
  bool all() const { return categories_.all() && needle_.empty(); }
  // The row of the last matching event before the cursor (for scrolling to it).
  size_t row_before(size_t cursor) const;

 private:
  CategoryMask categories_;
  std::string needle_;  // lower case
  std::vector<uint32_t> rows_;
  size_t scanned_ = 0;
};

}  // namespace ts::viz
