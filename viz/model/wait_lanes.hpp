// WaitLanes: things that wait (timers from timer.insert to timer.fire,
// immediates from setImmediate to their run, thread-pool requests from
// pool.queue to completion) as bars packed into rows for the timeline.
//
// HOW. Bars overlap, so they are packed greedily: a new bar takes the first
// row whose last bar has ended; past kMaxRows rows every new bar goes to the
// last row, where bars may overlap. Each row keeps its bars in start order
// and, per block of 32 bars, the largest end (in event indices and in ns),
// so drawing a visible range skips whole blocks that ended before it
// (Tracy's culling, with overlap allowed).
#pragma once

#include <cstdint>
#include <vector>

#include "model/model_types.hpp"

namespace ts::viz {

struct WaitBar {
  uint32_t begin_i;  // event index it started waiting (kNone-free)
  uint32_t end_i;    // event index it stopped waiting, kNone while it waits
  uint64_t begin_t;  // ns
  uint64_t end_t;    // ns, kOpenTime while it waits
  uint32_t owner;    // slot in the owning model's vector (a timer, an immediate...)
  uint16_t row;
  uint8_t what;      // owner-defined (e.g. fired or cleared)
  uint8_t reserved = 0;
};

class WaitLanes {
 public:
  static constexpr size_t kMaxRows = 24;
  static constexpr size_t kBlock = 32;

  struct Row {
    std::vector<uint32_t> bars;               // indices into bars(), by begin
    std::vector<uint32_t> block_max_end_i;
    std::vector<uint64_t> block_max_end_t;
  };

  // A bar that starts now; returns its index.
  uint32_t open(uint32_t begin_i, uint64_t begin_t, uint32_t owner, uint8_t what = 0) {
    size_t row = rows_.size();
    for (size_t r = 0; r < rows_.size(); ++r) {
      const Row& candidate = rows_[r];
      if (candidate.bars.empty() || bars_[candidate.bars.back()].end_i != kNone) {
        row = r;
        break;
      }
    }
    if (row == rows_.size()) {
      if (rows_.size() < kMaxRows) {
        rows_.emplace_back();
      } else {
        row = kMaxRows - 1;
      }
    }
    const auto index = static_cast<uint32_t>(bars_.size());
    bars_.push_back(WaitBar{begin_i, kNone, begin_t, kOpenTime, owner, static_cast<uint16_t>(row),
                            what});
    Row& r = rows_[row];
    if (r.bars.size() % kBlock == 0) {
      r.block_max_end_i.push_back(kNone);
      r.block_max_end_t.push_back(kOpenTime);
    }
    r.block_max_end_i.back() = kNone;
    r.block_max_end_t.back() = kOpenTime;
    positions_.push_back(static_cast<uint32_t>(r.bars.size()));
    r.bars.push_back(index);
    return index;
  }
  void close(uint32_t bar, uint32_t end_i, uint64_t end_t, uint8_t what) {
    WaitBar& b = bars_[bar];
    if (b.end_i != kNone) return;
    b.end_i = end_i;
    b.end_t = end_t;
    b.what = what;
    Row& r = rows_[b.row];
    const size_t block = positions_[bar] / kBlock;
    uint32_t mi = 0;
    uint64_t mt = 0;
    const size_t last = std::min(r.bars.size(), (block + 1) * kBlock);
    for (size_t i = block * kBlock; i < last; ++i) {
      const WaitBar& x = bars_[r.bars[i]];
      mi = std::max(mi, x.end_i);
      mt = std::max(mt, x.end_t);
    }
    r.block_max_end_i[block] = mi;
    r.block_max_end_t[block] = mt;
  }

  const std::vector<WaitBar>& bars() const { return bars_; }
  const std::vector<Row>& rows() const { return rows_; }
  // Rows that have a bar that began before the cursor.
  size_t rows_used_at(size_t cursor) const {
    size_t n = 0;
    for (size_t r = 0; r < rows_.size(); ++r) {
      if (!rows_[r].bars.empty() && bars_[rows_[r].bars.front()].begin_i < cursor) n = r + 1;
    }
    return n;
  }

 private:
  std::vector<WaitBar> bars_;
  std::vector<uint32_t> positions_;  // each bar's position in its row
  std::vector<Row> rows_;
};

}  // namespace ts::viz
