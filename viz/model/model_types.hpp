// Small shared vocabulary of the visualizer's model (viz/model): event
// indices, "alive at the cursor", callback kinds, and an index of intervals
// that answers "which of these are alive at event N?" quickly.
//
// The whole model is UI-free (no ImGui, no GLFW): tests/unit/test_viz_model.cpp
// drives it without a window, and every panel in viz/view_*.cpp only reads it.
//
// THE CURSOR. The panels show the state after the first `cursor` events of
// the log: the events [0, cursor). An interval that began with event b and
// ended with event e is alive at cursor c when b < c and (e is kNone or
// e >= c). Everything the model derives is stored as such intervals over the
// whole recorded log, so moving the cursor back (step back) is a query, not a
// re-run.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "trace/event.hpp"

namespace ts::viz {

// An event index that does not exist (yet): the end of an interval that is
// still open, a link that was never made.
constexpr uint32_t kNone = UINT32_MAX;
constexpr uint64_t kOpenTime = UINT64_MAX;

inline bool alive_at(uint32_t begin, uint32_t end, size_t cursor) {
  return begin < cursor && (end == kNone || end >= cursor);
}

constexpr size_t kPhaseCount = static_cast<size_t>(trace::Phase::Count);

// What a callback was, from callback.enter's `kind` string.
enum class CallbackKind : uint8_t { Main, Timeout, Interval, Immediate, Tick, Microtask, Io, Other };
CallbackKind callback_kind_from(std::string_view kind);
const char* callback_kind_name(CallbackKind kind);

// Intervals [begin, end] over event indices, added in order of begin.
// for_each_alive visits those alive at a cursor without looking at every
// interval: it keeps the largest end of each block of 64 and skips blocks
// that ended before the cursor.
class IntervalIndex {
 public:
  uint32_t add(uint32_t begin) {
    const auto slot = static_cast<uint32_t>(begin_.size());
    begin_.push_back(begin);
    end_.push_back(kNone);
    if ((slot % kBlock) == 0) block_max_end_.push_back(kNone);
    block_max_end_.back() = kNone;
    return slot;
  }
  void close(uint32_t slot, uint32_t end) {
    end_[slot] = end;
    const size_t b = slot / kBlock;
    uint32_t m = 0;
    const size_t last = std::min(begin_.size(), (b + 1) * kBlock);
    for (size_t i = b * kBlock; i < last; ++i) m = std::max(m, end_[i]);
    block_max_end_[b] = m;
  }
  size_t size() const { return begin_.size(); }
  uint32_t begin(uint32_t slot) const { return begin_[slot]; }
  uint32_t end(uint32_t slot) const { return end_[slot]; }

  template <typename F>
  void for_each_alive(size_t cursor, F&& visit) const {
    for (size_t b = 0; b < block_max_end_.size(); ++b) {
      const size_t first = b * kBlock;
      if (begin_[first] >= cursor) break;  // begins are sorted
      if (block_max_end_[b] != kNone && block_max_end_[b] < cursor) continue;
      const size_t last = std::min(begin_.size(), first + kBlock);
      for (size_t i = first; i < last; ++i) {
        if (begin_[i] >= cursor) return;
        if (end_[i] == kNone || end_[i] >= cursor) visit(static_cast<uint32_t>(i));
      }
    }
  }
  size_t count_alive(size_t cursor) const {
    size_t n = 0;
    for_each_alive(cursor, [&n](uint32_t) { ++n; });
    return n;
  }

 private:
  static constexpr size_t kBlock = 64;
  std::vector<uint32_t> begin_;
  std::vector<uint32_t> end_;
  std::vector<uint32_t> block_max_end_;
};

}  // namespace ts::viz
