// QueuesModel: the queues callbacks wait in, rebuilt from the events.
//
//   nextTick queue    tick.enqueue (id)            ... callback.enter kind=tick (id)
//   microtask queue   microtask.enqueue (id, kind) ... callback.enter kind=microtask (id)
//   immediate queue   immediate.enqueue (id)       ... immediate.batch detaches the first
//                     `count` waiting immediates   ... callback.enter kind=immediate (id)
//                     (or immediate.clear)
//   timer lists       timer.list.create (ms) ... timer.list.delete (ms); a timer joins its
//                     duration's list at timer.insert and leaves it at timer.fire or
//                     timer.clear (timer.refresh: leaves and joins again at the end)
//
// Each item is an interval of event indices (model_types.hpp), so the queue
// contents at any cursor are a query: stepping back shows items re-entering.
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/model_types.hpp"
#include "model/wait_lanes.hpp"
#include "trace/event_log.hpp"
#include "trace/string_table.hpp"

namespace ts::viz {

// A nextTick, a microtask or an immediate.
struct QueuedCallback {
  uint32_t id = 0;
  uint32_t cause = 0;
  uint32_t enqueued = kNone;  // event index it joined its queue
  uint32_t detached = kNone;  // immediates: the immediate.batch that took it to run
  uint32_t left = kNone;      // event index it left: its callback.enter, or a clear
  uint32_t name = 0;          // the callback's name (string id), once it ran
  uint32_t span = kNone;      // its callback span in the main lane, once it ran
  uint32_t kind = 0;          // microtasks: reaction / thenable / queueMicrotask (string id)
  uint32_t bar = kNone;       // immediates: its WaitLanes bar
  bool cleared = false;
};

enum class TimerEnd : uint8_t { Waiting, Fired, Cleared, Refreshed };

struct TimerEntry {
  uint32_t id = 0;
  uint32_t cause = 0;
  uint32_t ms = 0;
  int64_t expiry = 0;  // ms on the loop clock
  bool repeat = false;
  uint32_t inserted = kNone;  // timer.insert (or the timer.refresh that re-inserted it)
  uint32_t left = kNone;      // timer.fire, timer.clear or timer.refresh
  TimerEnd how = TimerEnd::Waiting;
  uint32_t name = 0;          // the callback's name, once it ran
  uint32_t span = kNone;      // its callback span, once it ran
  uint32_t bar = kNone;
};

struct TimerList {
  uint32_t ms = 0;
  uint32_t created = kNone;
  uint32_t deleted = kNone;
};

class QueuesModel {
 public:
  void on_event(uint32_t index, const trace::Event& e, const trace::StringTable& strings);
  // callback.enter of a tick, microtask, immediate or timer: links it.
  void on_callback_enter(uint32_t index, const trace::Event& e, uint32_t span, uint32_t name,
                         CallbackKind kind);

  const std::vector<QueuedCallback>& ticks() const { return ticks_; }
  const std::vector<QueuedCallback>& microtasks() const { return microtasks_; }
  const std::vector<QueuedCallback>& immediates() const { return immediates_; }
  const std::vector<TimerEntry>& timers() const { return timers_; }
  const std::vector<TimerList>& lists() const { return lists_; }
  const IntervalIndex& ticks_live() const { return ticks_live_; }
  const IntervalIndex& microtasks_live() const { return microtasks_live_; }
  const IntervalIndex& immediates_live() const { return immediates_live_; }
  const IntervalIndex& timers_live() const { return timers_live_; }
  const IntervalIndex& lists_live() const { return lists_live_; }
  // Event indices of every immediate.batch.
  const std::vector<uint32_t>& batches() const { return batches_; }
  const WaitLanes& timer_bars() const { return timer_bars_; }
  const WaitLanes& immediate_bars() const { return immediate_bars_; }

  // Permanent lookups by id (for "why did this run?"); kNone when unknown.
  uint32_t tick_by_id(uint32_t id) const { return find(tick_by_id_, id); }
  uint32_t microtask_by_id(uint32_t id) const { return find(microtask_by_id_, id); }
  uint32_t immediate_by_id(uint32_t id) const { return find(immediate_by_id_, id); }
  // The timer entry of `id` that ended with the event just before `index`
  // (a timer.fire), else the last one inserted before it.
  uint32_t timer_before(uint32_t id, uint32_t index) const;

 private:
  static uint32_t find(const std::unordered_map<uint32_t, uint32_t>& m, uint32_t id) {
    const auto it = m.find(id);
    return it == m.end() ? kNone : it->second;
  }
  void end_timer(uint32_t slot, uint32_t index, uint64_t t, TimerEnd how);
  uint32_t add_timer(uint32_t index, const trace::Event& e, uint32_t ms, int64_t expiry, bool repeat);

  std::vector<QueuedCallback> ticks_, microtasks_, immediates_;
  IntervalIndex ticks_live_, microtasks_live_, immediates_live_;
  std::unordered_map<uint32_t, uint32_t> tick_by_id_, microtask_by_id_, immediate_by_id_;
  std::vector<uint32_t> immediates_waiting_;  // FIFO of immediates not yet detached
  size_t immediates_head_ = 0;
  std::vector<uint32_t> batches_;

  std::vector<TimerEntry> timers_;
  IntervalIndex timers_live_;
  std::unordered_map<uint32_t, uint32_t> open_timer_by_id_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> timers_by_id_;
  std::vector<TimerList> lists_;
  IntervalIndex lists_live_;
  std::unordered_map<uint32_t, uint32_t> open_list_by_ms_;

  WaitLanes timer_bars_;
  WaitLanes immediate_bars_;
};

}  // namespace ts::viz
