#include "phase_probe.hpp"

#include <climits>
#include <cstddef>

namespace ts {

using trace::EventKind;
using trace::Phase;

namespace {

// libuv's QUEUE is void*[2]; an empty queue's next pointer is itself.
bool queue_empty(void* const (&q)[2]) { return q[0] == static_cast<const void*>(&q); }

}  // namespace

PhaseProbe::PhaseProbe(uv_loop_t* loop, trace::Recorder& recorder) : loop_(loop), rec_(recorder) {
  uv_prepare_init(loop_, &prepare_);
  uv_check_init(loop_, &check_begin_);
  uv_check_init(loop_, &check_end_);
  prepare_.data = this;
  check_begin_.data = this;
  check_end_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&prepare_));
  uv_unref(reinterpret_cast<uv_handle_t*>(&check_begin_));
  uv_unref(reinterpret_cast<uv_handle_t*>(&check_end_));
}

void PhaseProbe::start_tail_markers() { uv_check_start(&check_end_, on_check_end); }

void PhaseProbe::start_head_markers() {
  uv_check_start(&check_begin_, on_check_begin);
  uv_prepare_start(&prepare_, on_prepare);
}

void PhaseProbe::close() {
  uv_close(reinterpret_cast<uv_handle_t*>(&prepare_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&check_begin_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&check_end_), nullptr);
}

void PhaseProbe::before_run() {
  if (virtual_time_hook_) virtual_time_hook_(false);
  // Trailing timers of the previous uv_run call may already have begun this
  // iteration (see the header).
  if (!in_iteration_) begin_iteration();
}

void PhaseProbe::after_run(bool alive) {
  // Normally the iteration ends here. If libuv ran the next iteration's
  // timers after the close phase (UV_RUN_ONCE), that iteration stays open for
  // the next uv_run call, unless the loop is done: then its remaining phases
  // are empty (nothing is alive to run in them), and are recorded as such,
  // as libuv's UV_RUN_DEFAULT would run them.
  if (in_iteration_ && (phase_ >= Phase::Prepare || !alive)) end_iteration();
}

void PhaseProbe::on_timers_callback() {
  if (!in_iteration_) {
    begin_iteration();
  } else if (phase_ >= Phase::Check) {
    // uv_run(ONCE) runs timers again after the close phase: the next
    // iteration's timers phase.
    end_iteration();
    begin_iteration();
  }
}

void PhaseProbe::on_idle_callback() {
  if (phase_ < Phase::Idle) advance_to(Phase::Idle);
}

void PhaseProbe::on_io_callback() {
  // Before the prepare marker, an I/O callback can only come from the
  // pending queue.
  if (in_iteration_ && phase_ < Phase::Pending) advance_to(Phase::Pending);
}

void PhaseProbe::on_close_callback() {
  if (in_iteration_ && phase_ < Phase::Close) advance_to(Phase::Close);
}

void PhaseProbe::on_prepare(uv_prepare_t* handle) {
  auto* self = static_cast<PhaseProbe*>(handle->data);
  if (!self->in_iteration_) self->begin_iteration();
  if (self->virtual_time_hook_) self->virtual_time_hook_(true);
  self->advance_to(Phase::Poll);
}

void PhaseProbe::on_check_begin(uv_check_t* handle) {
  static_cast<PhaseProbe*>(handle->data)->advance_to(Phase::Check);
}

void PhaseProbe::on_check_end(uv_check_t* handle) {
  auto* self = static_cast<PhaseProbe*>(handle->data);
  self->advance_to(Phase::Close);
  if (self->virtual_time_hook_) self->virtual_time_hook_(false);
}

void PhaseProbe::begin_iteration() {
  in_iteration_ = true;
  ++iter_;
  iter_callbacks_ = 0;
  rec_.set_iter(iter_);
  rec_.record(EventKind::IterBegin);
  enter(Phase::Timers);
}

void PhaseProbe::end_iteration() {
  advance_to(Phase::Close);
  leave();
  rec_.record(EventKind::IterEnd, 0, 0, iter_callbacks_);
  in_iteration_ = false;
}

void PhaseProbe::advance_to(Phase to) {
  while (phase_ < to) {
    if (phase_ == Phase::Prepare) record_poll_timeout();
    leave();
    enter(static_cast<Phase>(static_cast<int>(phase_) + 1));
  }
}

void PhaseProbe::record_poll_timeout() {
  // The last thing before poll: what libuv is about to compute.
  if (!rec_.enabled()) return;
  const char* reason = nullptr;
  int ms = poll_timeout(loop_, &reason);
  if (virtual_due_in_ && ms != 0) {
    // Deterministic mode: the real timeout of the timer handle means nothing;
    // report the virtual one.
    const int64_t due = virtual_due_in_();
    ms = static_cast<int>(due);
    reason = due < 0 ? "no timers: wait for I/O" : "the next timer is due (virtual time)";
  }
  // The reasons are a handful of static strings: intern each once.
  if (reason != last_reason_) {
    last_reason_ = reason;
    last_reason_id_ = rec_.str(reason);
  }
  rec_.record(EventKind::PollTimeout, 0, 0, ms, last_reason_id_);
}

void PhaseProbe::enter(Phase phase) {
  phase_ = phase;
  rec_.set_phase(phase);
  phase_callbacks_ = 0;
  if (rec_.enabled()) {
    phase_start_ns_ = rec_.now_ns();
    rec_.record_at(phase_start_ns_, EventKind::PhaseEnter);
  }
}

void PhaseProbe::leave() {
  iter_callbacks_ += phase_callbacks_;
  if (rec_.enabled()) {
    const uint64_t now = rec_.now_ns();
    rec_.record_at(now, EventKind::PhaseLeave, 0, 0, phase_callbacks_,
                   static_cast<int64_t>(now - phase_start_ns_));
  }
}

int PhaseProbe::poll_timeout(const uv_loop_t* loop, const char** reason) {
  // Mirrors uv__backend_timeout in libuv 1.44.2 src/unix/core.c.
  if (loop->stop_flag != 0) {
    *reason = "the loop is stopping";
    return 0;
  }
  if (loop->active_handles == 0 && loop->active_reqs.count == 0) {
    *reason = "nothing is active: the loop is about to exit";
    return 0;
  }
  if (!queue_empty(loop->pending_queue)) {
    *reason = "callbacks are pending";
    return 0;
  }
  if (!queue_empty(loop->idle_handles)) {
    *reason = "immediates are queued (the idle handle is active)";
    return 0;
  }
  if (loop->closing_handles != nullptr) {
    *reason = "handles are closing";
    return 0;
  }
  const void* min = loop->timer_heap.min;
  if (min == nullptr) {
    *reason = "no timers: wait for I/O";
    return -1;
  }
  // The heap node is the timer's heap_node field (uv.h UV_TIMER_PRIVATE_FIELDS).
  const auto* timer = reinterpret_cast<const uv_timer_t*>(
      static_cast<const char*>(min) - offsetof(uv_timer_t, heap_node));
  if (timer->timeout <= loop->time) {
    *reason = "a timer is already due";
    return 0;
  }
  uint64_t diff = timer->timeout - loop->time;
  if (diff > INT_MAX) diff = INT_MAX;
  *reason = "the next timer is due";
  return static_cast<int>(diff);
}

}  // namespace ts
