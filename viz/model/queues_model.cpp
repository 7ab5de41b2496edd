#include "model/queues_model.hpp"

namespace ts::viz {

using trace::EventKind;

namespace {

uint32_t add_item(std::vector<QueuedCallback>& items, IntervalIndex& live,
                  std::unordered_map<uint32_t, uint32_t>& by_id, uint32_t index,
                  const trace::Event& e) {
  QueuedCallback item;
  item.id = e.id;
  item.cause = e.cause;
  item.enqueued = index;
  const uint32_t slot = live.add(index);
  items.push_back(item);
  by_id[e.id] = slot;
  return slot;
}

}  // namespace

uint32_t QueuesModel::add_timer(uint32_t index, const trace::Event& e, uint32_t ms, int64_t expiry,
                                bool repeat) {
  TimerEntry timer;
  timer.id = e.id;
  timer.cause = e.cause;
  timer.ms = ms;
  timer.expiry = expiry;
  timer.repeat = repeat;
  timer.inserted = index;
  const uint32_t slot = timers_live_.add(index);
  timer.bar = timer_bars_.open(index, e.t, slot);
  timers_.push_back(timer);
  open_timer_by_id_[e.id] = slot;
  timers_by_id_[e.id].push_back(slot);
  return slot;
}

void QueuesModel::end_timer(uint32_t slot, uint32_t index, uint64_t t, TimerEnd how) {
  TimerEntry& timer = timers_[slot];
  if (timer.left != kNone) return;
  timer.left = index;
  timer.how = how;
  timers_live_.close(slot, index);
  timer_bars_.close(timer.bar, index, t, static_cast<uint8_t>(how));
  open_timer_by_id_.erase(timer.id);
}

void QueuesModel::on_event(uint32_t index, const trace::Event& e,
                           const trace::StringTable& strings) {
  (void) strings;
  switch (e.kind) {
    case EventKind::TickEnqueue:
      add_item(ticks_, ticks_live_, tick_by_id_, index, e);
      break;
    case EventKind::MicrotaskEnqueue: {
      const uint32_t slot = add_item(microtasks_, microtasks_live_, microtask_by_id_, index, e);
      microtasks_[slot].kind = static_cast<uint32_t>(e.arg[0]);
      break;
    }
    case EventKind::ImmediateEnqueue: {
      const uint32_t slot = add_item(immediates_, immediates_live_, immediate_by_id_, index, e);
      immediates_[slot].bar = immediate_bars_.open(index, e.t, slot);
      immediates_waiting_.push_back(slot);
      break;
    }
    case EventKind::ImmediateBatch: {
      // processImmediate detaches the whole queue: the first `count` that
      // still wait are this batch; anything queued later waits for the next.
      batches_.push_back(index);
      int64_t count = e.arg[0];
      while (count > 0 && immediates_head_ < immediates_waiting_.size()) {
        QueuedCallback& item = immediates_[immediates_waiting_[immediates_head_++]];
        if (item.left != kNone) continue;  // cleared while it waited
        item.detached = index;
        --count;
      }
      break;
    }
    case EventKind::ImmediateClear: {
      const uint32_t slot = immediate_by_id(e.id);
      if (slot != kNone && immediates_[slot].left == kNone) {
        QueuedCallback& item = immediates_[slot];
        item.left = index;
        item.cleared = true;
        immediates_live_.close(slot, index);
        immediate_bars_.close(item.bar, index, e.t, 1);
      }
      break;
    }
    case EventKind::TimerListCreate: {
      TimerList list;
      list.ms = static_cast<uint32_t>(e.arg[0]);
      list.created = index;
      const uint32_t slot = lists_live_.add(index);
      lists_.push_back(list);
      open_list_by_ms_[list.ms] = slot;
      break;
    }
    case EventKind::TimerListDelete: {
      const auto it = open_list_by_ms_.find(static_cast<uint32_t>(e.arg[0]));
      if (it != open_list_by_ms_.end()) {
        lists_[it->second].deleted = index;
        lists_live_.close(it->second, index);
        open_list_by_ms_.erase(it);
      }
      break;
    }
    case EventKind::TimerInsert: {
      const auto open = open_timer_by_id_.find(e.id);
      if (open != open_timer_by_id_.end()) end_timer(open->second, index, e.t, TimerEnd::Refreshed);
      add_timer(index, e, static_cast<uint32_t>(e.arg[0]), e.arg[1], e.arg[2] != 0);
      break;
    }
    case EventKind::TimerFire:
    case EventKind::TimerClear: {
      const auto open = open_timer_by_id_.find(e.id);
      if (open != open_timer_by_id_.end()) {
        end_timer(open->second, index, e.t,
                  e.kind == EventKind::TimerFire ? TimerEnd::Fired : TimerEnd::Cleared);
      }
      break;
    }
    case EventKind::TimerRefresh: {
      const auto open = open_timer_by_id_.find(e.id);
      if (open != open_timer_by_id_.end()) {
        const TimerEntry old = timers_[open->second];
        end_timer(open->second, index, e.t, TimerEnd::Refreshed);
        add_timer(index, e, old.ms, e.arg[0], old.repeat);
      }
      break;
    }
    default:
      break;
  }
}

void QueuesModel::on_callback_enter(uint32_t index, const trace::Event& e, uint32_t span,
                                    uint32_t name, CallbackKind kind) {
  auto take = [&](std::vector<QueuedCallback>& items, IntervalIndex& live, uint32_t slot) {
    if (slot == kNone) return;
    QueuedCallback& item = items[slot];
    item.name = name;
    item.span = span;
    if (item.left == kNone) {
      item.left = index;
      live.close(slot, index);
    }
  };
  switch (kind) {
    case CallbackKind::Tick:
      take(ticks_, ticks_live_, tick_by_id(e.id));
      break;
    case CallbackKind::Microtask:
      take(microtasks_, microtasks_live_, microtask_by_id(e.id));
      break;
    case CallbackKind::Immediate: {
      const uint32_t slot = immediate_by_id(e.id);
      take(immediates_, immediates_live_, slot);
      if (slot != kNone) immediate_bars_.close(immediates_[slot].bar, index, e.t, 0);
      break;
    }
    case CallbackKind::Timeout:
    case CallbackKind::Interval: {
      const uint32_t slot = timer_before(e.id, index);
      if (slot != kNone && timers_[slot].span == kNone) {
        timers_[slot].name = name;
        timers_[slot].span = span;
      }
      break;
    }
    default:
      break;
  }
}

uint32_t QueuesModel::timer_before(uint32_t id, uint32_t index) const {
  const auto it = timers_by_id_.find(id);
  if (it == timers_by_id_.end()) return kNone;
  uint32_t best = kNone;
  for (auto slot_it = it->second.rbegin(); slot_it != it->second.rend(); ++slot_it) {
    const TimerEntry& t = timers_[*slot_it];
    if (t.inserted >= index) continue;
    if (t.how == TimerEnd::Fired && t.left < index) return *slot_it;
    if (best == kNone) best = *slot_it;
  }
  return best;
}

}  // namespace ts::viz
