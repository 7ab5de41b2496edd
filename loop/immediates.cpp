#include "immediates.hpp"

#include "phase_probe.hpp"

namespace ts {

using trace::EventKind;

Immediates::Immediates(uv_loop_t* loop, trace::Recorder& recorder, PhaseProbe& probe,
                       LoopHost& host)
    : rec_(recorder), probe_(probe), host_(host) {
  uv_check_init(loop, &check_);
  uv_idle_init(loop, &idle_);
  check_.data = this;
  idle_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&check_));
}

void Immediates::start() { uv_check_start(&check_, on_check); }

void Immediates::close() {
  uv_close(reinterpret_cast<uv_handle_t*>(&check_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&idle_), nullptr);
}

void Immediates::enqueue(uint32_t id, uint32_t cause, uint32_t slot) {
  auto entry = std::make_unique<Entry>();
  entry->id = id;
  entry->cause = cause;
  entry->slot = slot;
  queue_.push_back(entry.get());
  by_id_[id] = std::move(entry);
  inc_ref();
  rec_.record(EventKind::ImmediateEnqueue, id, cause);
}

bool Immediates::clear(uint32_t id, uint32_t cause) {
  auto it = by_id_.find(id);
  if (it == by_id_.end() || it->second->cleared) return false;
  Entry* e = it->second.get();
  e->cleared = true;
  if (e->refed) dec_ref();
  e->refed = false;
  rec_.record(EventKind::ImmediateClear, id, cause);
  // It stays in its queue (or batch) and is skipped there.
  return true;
}

void Immediates::set_ref(uint32_t id, bool refed, uint32_t cause) {
  auto it = by_id_.find(id);
  if (it == by_id_.end() || it->second->cleared || it->second->refed == refed) return;
  it->second->refed = refed;
  if (refed) {
    inc_ref();
  } else {
    dec_ref();
  }
  rec_.record(EventKind::ImmediateRef, id, cause, refed);
}

bool Immediates::has_ref(uint32_t id) const {
  auto it = by_id_.find(id);
  return it != by_id_.end() && it->second->refed;
}

void Immediates::inc_ref() {
  if (ref_count_++ == 0) {
    uv_idle_start(&idle_, on_idle);
    rec_.record(EventKind::ImmediateIdle, 0, 0, true);
  }
}

void Immediates::dec_ref() {
  // During a batch the idle handle stays until the batch is done (Node stops
  // it after processImmediate returns).
  if (--ref_count_ == 0 && !in_batch_) {
    uv_idle_stop(&idle_);
    rec_.record(EventKind::ImmediateIdle, 0, 0, false);
  }
}

void Immediates::on_idle(uv_idle_t* handle) {
  static_cast<Immediates*>(handle->data)->probe_.on_idle_callback();
}

void Immediates::on_check(uv_check_t* handle) {
  auto* self = static_cast<Immediates*>(handle->data);
  // Node opens a callback scope at the start of every check phase (for its
  // native immediates), and closing it runs the nextTicks and microtasks
  // still queued. Queues are empty here unless an exception cut a drain
  // short: then the rest runs now, before this iteration's immediates.
  self->host_.run_next_ticks();
  if (!self->queue_.empty() && self->host_.can_call_into_js()) self->run_batch();
}

void Immediates::finish(Entry* e) {
  if (e->refed) dec_ref();
  host_.release(e->slot);
  by_id_.erase(e->id);  // frees e
}

// Node's processImmediate.
void Immediates::run_batch() {
  // Detach the queue: immediates queued from here on wait for the next
  // iteration.
  std::vector<Entry*> batch;
  batch.swap(queue_);
  in_batch_ = true;
  rec_.record(EventKind::ImmediateBatch, 0, 0, static_cast<int64_t>(batch.size()));
  bool ran = false;
  size_t i = 0;
  for (; i < batch.size(); ++i) {
    Entry* e = batch[i];
    if (e->cleared) {
      finish(e);
      continue;
    }
    if (ran) host_.run_next_ticks();
    ran = true;
    if (!host_.can_call_into_js()) break;
    if (e->cleared) {  // cleared by one of those ticks
      finish(e);
      continue;
    }
    // It runs now: it no longer keeps the loop alive.
    if (e->refed) dec_ref();
    e->refed = false;
    e->cleared = true;
    host_.call(LoopCallback{"immediate", e->id, e->cause, e->slot});
    finish(e);
  }
  // Stopped early (process.exit in a callback): forget the rest.
  for (; i < batch.size(); ++i) finish(batch[i]);
  in_batch_ = false;
  if (ref_count_ == 0 && uv_is_active(reinterpret_cast<uv_handle_t*>(&idle_))) {
    uv_idle_stop(&idle_);
    rec_.record(EventKind::ImmediateIdle, 0, 0, false);
  }
  // The checkpoint after the last immediate.
  host_.run_next_ticks();
}

}  // namespace ts
