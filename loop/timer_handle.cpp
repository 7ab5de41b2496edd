#include "timer_handle.hpp"

#include <cstdlib>

#include "phase_probe.hpp"

namespace ts {

TimerHandle::TimerHandle(uv_loop_t* loop, trace::Recorder& recorder, PhaseProbe& probe, RunFn run)
    : loop_(loop), rec_(recorder), probe_(probe), run_(std::move(run)), base_(uv_now(loop)) {
  uv_timer_init(loop_, &handle_);
  handle_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&handle_));
}

int64_t TimerHandle::now() const {
  // As Node's Environment::GetNowUint64: refresh the loop's cached time
  // first, or a timer set by a long main script would start in the past.
  uv_update_time(loop_);
  return static_cast<int64_t>(uv_now(loop_) - base_);
}

void TimerHandle::schedule(int64_t ms) {
  if (ms < 1) ms = 1;
  uv_timer_start(&handle_, on_timer, static_cast<uint64_t>(ms), 0);
  rec_.record(trace::EventKind::TimerSchedule, 0, 0, ms,
              uv_has_ref(reinterpret_cast<uv_handle_t*>(&handle_)));
}

void TimerHandle::toggle_ref(bool ref) {
  auto* h = reinterpret_cast<uv_handle_t*>(&handle_);
  if (ref) {
    uv_ref(h);
  } else {
    uv_unref(h);
  }
}

void TimerHandle::close() { uv_close(reinterpret_cast<uv_handle_t*>(&handle_), nullptr); }

void TimerHandle::on_timer(uv_timer_t* handle) {
  auto* self = static_cast<TimerHandle*>(handle->data);
  self->probe_.on_timers_callback();
  const int64_t next = self->run_(self->now());
  auto* h = reinterpret_cast<uv_handle_t*>(handle);
  if (uv_is_closing(h)) return;
  if (next != 0) {
    const int64_t due_in = std::llabs(next) - self->now();
    self->schedule(due_in > 0 ? due_in : 1);
    self->toggle_ref(next > 0);
  } else {
    uv_unref(h);
  }
}

}  // namespace ts
