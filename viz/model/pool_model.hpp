// PoolModel: libuv's thread pool (loop/pool.hpp): each request from
// pool.queue (it waits for a worker) to pool.work (it ran on worker `thread`
// from `start` to `end`, and its completion reached the loop in poll).
//
// The pool's kinds are looked up by name ("pool.queue", "pool.work") and
// their fields by name, so the model builds (and shows nothing) against a
// trace or an event table without them.
#pragma once

#include <unordered_map>
#include <vector>

#include "model/model_types.hpp"
#include "model/wait_lanes.hpp"
#include "trace/event_log.hpp"
#include "trace/string_table.hpp"

namespace ts::viz {

struct PoolRequest {
  uint32_t id = 0;
  uint32_t cause = 0;
  uint32_t queued = kNone;   // pool.queue event index
  uint64_t queued_t = 0;
  uint32_t done = kNone;     // pool.work event index (completion seen on the loop)
  uint64_t done_t = 0;
  int32_t thread = -1;       // worker index
  uint64_t start_t = 0;      // ran on the worker [start_t, end_t] (trace clock, ns)
  uint64_t end_t = 0;
  uint32_t what = 0;         // string ids: "read", "stat"...; a path
  uint32_t detail = 0;
  uint32_t bar = kNone;
};

class PoolModel {
 public:
  PoolModel();
  void on_event(uint32_t index, const trace::Event& e);

  const std::vector<PoolRequest>& requests() const { return requests_; }
  // Per worker: request slots in start order.
  const std::vector<std::vector<uint32_t>>& workers() const { return workers_; }
  const WaitLanes& bars() const { return bars_; }
  const IntervalIndex& in_flight() const { return live_; }
  uint32_t request_by_id(uint32_t id) const {
    const auto it = by_id_.find(id);
    return it == by_id_.end() ? kNone : it->second;
  }
  bool known() const { return have_queue_ && have_work_; }

 private:
  trace::EventKind queue_kind_{};
  trace::EventKind work_kind_{};
  bool have_queue_ = false;
  bool have_work_ = false;
  int queue_what_ = -1, queue_detail_ = -1;
  int work_thread_ = -1, work_start_ = -1, work_end_ = -1;
  std::vector<PoolRequest> requests_;
  IntervalIndex live_;
  std::unordered_map<uint32_t, uint32_t> by_id_;
  std::vector<std::vector<uint32_t>> workers_;
  WaitLanes bars_;
};

}  // namespace ts::viz
