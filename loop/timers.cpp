#include "timers.hpp"

#include <algorithm>
#include <cstdlib>

#include "phase_probe.hpp"

namespace ts {

using trace::EventKind;

namespace {
// Virtual mode keeps the handle armed this far away (never reached: the
// driver fires it when due).
constexpr uint64_t kVirtualFar = 24ull * 3600 * 1000;
}  // namespace

Timers::Timers(uv_loop_t* loop, trace::Recorder& recorder, PhaseProbe& probe, LoopHost& host)
    : loop_(loop), rec_(recorder), probe_(probe), host_(host) {
  uv_update_time(loop_);
  base_ = uv_now(loop_);
  uv_timer_init(loop_, &handle_);
  handle_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&handle_));
}

Timers::~Timers() = default;

int64_t Timers::now() const {
  if (virtual_) return static_cast<int64_t>(rec_.now_ns() / 1'000'000);
  // As Node's Environment::GetNowUint64: refresh the loop's cached time
  // first, or a timer set late in a long main script would start in the past.
  uv_update_time(loop_);
  return static_cast<int64_t>(uv_now(loop_) - base_);
}

void Timers::close() { uv_close(reinterpret_cast<uv_handle_t*>(&handle_), nullptr); }

void Timers::start(uint32_t id, uint32_t cause, uint32_t slot, int64_t ms, bool repeat,
                   bool refed) {
  auto timer = std::make_unique<Timer>();
  Timer* t = timer.get();
  t->id = id;
  t->cause = cause;
  t->slot = slot;
  t->ms = ms;
  t->repeat = repeat;
  t->refed = refed;
  by_id_[id] = std::move(timer);
  if (refed) inc_ref();
  insert(t, now());
}

void Timers::insert(Timer* t, int64_t start) {
  t->start = start;
  auto it = lists_.find(t->ms);
  List* list;
  if (it == lists_.end()) {
    auto fresh = std::make_unique<List>();
    list = fresh.get();
    list->ms = t->ms;
    list->expiry = start + t->ms;
    list->id = next_list_id_++;
    list->head.next = list->head.prev = &list->head;
    lists_[t->ms] = std::move(fresh);
    heap_push(list);
    rec_.record(EventKind::TimerListCreate, 0, t->cause, t->ms, list->expiry);
    if (next_expiry_ > list->expiry) {
      schedule(t->ms);
      next_expiry_ = list->expiry;
    }
  } else {
    list = it->second.get();
  }
  // Append: head.prev is the newest.
  t->list = list;
  t->prev = list->head.prev;
  t->next = &list->head;
  list->head.prev->next = t;
  list->head.prev = t;
  rec_.record(EventKind::TimerInsert, t->id, t->cause, t->ms, start + t->ms, t->repeat);
}

void Timers::unlink(Timer* t) {
  if (t->prev == nullptr) return;
  t->prev->next = t->next;
  t->next->prev = t->prev;
  t->prev = t->next = nullptr;
}

void Timers::remove_list(List* list) {
  heap_remove(list->heap_pos);
  rec_.record(EventKind::TimerListDelete, 0, 0, list->ms);
  auto it = lists_.find(list->ms);
  if (it != lists_.end() && it->second.get() == list) {
    // The list may be the one process_timers is walking: retire it, do not
    // free it yet.
    retired_.push_back(std::move(it->second));
    lists_.erase(it);
  }
}

void Timers::destroy(Timer* t) {
  if (t->refed) dec_ref();
  host_.release(t->slot);
  by_id_.erase(t->id);  // frees t
}

bool Timers::clear(uint32_t id) {
  auto it = by_id_.find(id);
  if (it == by_id_.end() || it->second->cleared) return false;
  Timer* t = it->second.get();
  t->cleared = true;
  rec_.record(EventKind::TimerClear, t->id, 0, t->ms);
  if (t->firing) return true;  // the firing loop finishes it
  List* list = t->list;
  unlink(t);
  if (list != nullptr && list->head.next == &list->head) remove_list(list);
  destroy(t);
  return true;
}

void Timers::refresh(uint32_t id, uint32_t cause, uint32_t slot, int64_t ms, bool repeat,
                     bool refed) {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) {
    // It already fired: refresh() re-activates it (Node's documented behaviour).
    start(id, cause, slot, ms, repeat, refed);
  } else {
    Timer* t = it->second.get();
    host_.release(slot);  // the slot it holds already keeps the object alive
    List* list = t->list;
    if (t->prev != nullptr) {
      unlink(t);
      if (list->head.next == &list->head) remove_list(list);
    }
    insert(t, now());
  }
  rec_.record(EventKind::TimerRefresh, id, cause, now() + ms);
}

void Timers::set_ref(uint32_t id, bool refed) {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return;
  Timer* t = it->second.get();
  if (t->refed == refed) return;
  t->refed = refed;
  if (refed) {
    inc_ref();
  } else {
    dec_ref();
  }
  rec_.record(EventKind::TimerRef, id, 0, refed);
}

void Timers::inc_ref() {
  if (ref_count_++ == 0) uv_ref(reinterpret_cast<uv_handle_t*>(&handle_));
}

void Timers::dec_ref() {
  if (--ref_count_ == 0) uv_unref(reinterpret_cast<uv_handle_t*>(&handle_));
}

void Timers::schedule(int64_t ms) {
  if (ms < 1) ms = 1;
  rec_.record(EventKind::TimerSchedule, 0, 0, ms, ref_count_ > 0);
  if (virtual_) {
    // Fire when due in virtual time: not yet (keep the handle active so the
    // loop stays alive; before_iteration decides when it fires).
    uv_timer_start(&handle_, on_uv_timer, kVirtualFar, 0);
    return;
  }
  uv_timer_start(&handle_, on_uv_timer, static_cast<uint64_t>(ms), 0);
}

void Timers::virtual_step(bool idle) {
  if (!virtual_ || heap_.empty() || uv_is_closing(reinterpret_cast<uv_handle_t*>(&handle_))) {
    return;
  }
  const int64_t expiry = heap_[0]->expiry;
  if (expiry > now() && idle) {
    // Nothing else can happen first: jump to the timer.
    rec_.set_virtual_time(static_cast<uint64_t>(expiry) * 1'000'000);
  }
  if (expiry <= now()) uv_timer_start(&handle_, on_uv_timer, 0, 0);
}

int64_t Timers::virtual_due_in() const {
  if (heap_.empty()) return -1;
  const int64_t due_in = heap_[0]->expiry - now();
  return due_in > 0 ? due_in : 0;
}

// Node's Environment::RunTimers.
void Timers::on_uv_timer(uv_timer_t* handle) {
  auto* self = static_cast<Timers*>(handle->data);
  self->probe_.on_timers_callback();
  if (!self->host_.can_call_into_js()) return;
  const int64_t next = self->process_timers(self->now());
  self->retired_.clear();
  // The checkpoint after the last timer (Node's InternalCallbackScope).
  self->host_.run_next_ticks();
  if (uv_is_closing(reinterpret_cast<uv_handle_t*>(handle))) return;
  if (next != 0) {
    const int64_t due_in = std::llabs(next) - self->now();
    self->schedule(due_in > 0 ? due_in : 1);
  }
  auto* h = reinterpret_cast<uv_handle_t*>(handle);
  if (self->ref_count_ > 0) {
    uv_ref(h);
  } else {
    uv_unref(h);
  }
}

// Node's processTimers: every due list, earliest first; returns the next
// expiry (negative when no timer left is ref'd), or 0 when none is left.
int64_t Timers::process_timers(int64_t now) {
  next_expiry_ = INT64_MAX;
  bool ran_list = false;
  while (!heap_.empty()) {
    List* list = heap_[0];
    if (list->expiry > now) {
      next_expiry_ = list->expiry;
      return ref_count_ > 0 ? next_expiry_ : -next_expiry_;
    }
    if (ran_list) {
      host_.run_next_ticks();
    } else {
      ran_list = true;
    }
    if (!host_.can_call_into_js()) return 0;
    list_on_timeout(list, now);
  }
  return 0;
}

// Node's listOnTimeout: the due timers of one list, oldest first.
void Timers::list_on_timeout(List* list, int64_t now) {
  const int64_t ms = list->ms;
  bool ran_timer = false;
  while (list->head.next != &list->head) {
    Timer* t = list->head.next;
    if (now - t->start < ms) {
      // Too early for this one, so for the rest of the list too.
      list->expiry = std::max(t->start + ms, now + 1);
      list->id = next_list_id_++;
      heap_fix(list->heap_pos);
      return;
    }
    if (ran_timer) {
      host_.run_next_ticks();
    } else {
      ran_timer = true;
    }
    if (!host_.can_call_into_js()) return;
    unlink(t);
    const int64_t start = t->repeat ? this->now() : 0;
    rec_.record(EventKind::TimerFire, t->id, t->cause, ms, now - (t->start + ms));
    t->firing = true;
    host_.call(LoopCallback{t->repeat ? "interval" : "timeout", t->id, t->cause, t->slot});
    t->firing = false;
    if (t->prev != nullptr) {
      // refresh() inside its own callback re-armed it.
    } else if (t->repeat && !t->cleared) {
      insert(t, start);
    } else {
      destroy(t);
    }
  }
  // The list ran empty: remove it, unless a callback made a new one.
  auto it = lists_.find(ms);
  if (it != lists_.end() && it->second.get() == list) remove_list(list);
}

// --- the heap of lists, ordered by (expiry, id) ---

bool Timers::earlier(const List* a, const List* b) {
  return a->expiry != b->expiry ? a->expiry < b->expiry : a->id < b->id;
}

void Timers::heap_push(List* list) {
  list->heap_pos = heap_.size();
  heap_.push_back(list);
  sift_up(list->heap_pos);
}

void Timers::heap_remove(size_t pos) {
  List* last = heap_.back();
  heap_.pop_back();
  if (pos == heap_.size()) return;
  heap_[pos] = last;
  last->heap_pos = pos;
  heap_fix(pos);
}

void Timers::heap_fix(size_t pos) {
  sift_up(pos);
  sift_down(pos);
}

void Timers::sift_up(size_t pos) {
  while (pos > 0) {
    const size_t parent = (pos - 1) / 2;
    if (!earlier(heap_[pos], heap_[parent])) break;
    std::swap(heap_[pos], heap_[parent]);
    heap_[pos]->heap_pos = pos;
    heap_[parent]->heap_pos = parent;
    pos = parent;
  }
}

void Timers::sift_down(size_t pos) {
  for (;;) {
    const size_t left = 2 * pos + 1;
    const size_t right = left + 1;
    size_t best = pos;
    if (left < heap_.size() && earlier(heap_[left], heap_[best])) best = left;
    if (right < heap_.size() && earlier(heap_[right], heap_[best])) best = right;
    if (best == pos) return;
    std::swap(heap_[pos], heap_[best]);
    heap_[pos]->heap_pos = pos;
    heap_[best]->heap_pos = best;
    pos = best;
  }
}

}  // namespace ts
