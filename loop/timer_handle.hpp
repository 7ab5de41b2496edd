// TimerHandle: the one uv_timer_t behind every JS timer.
//
// As in Node (src/env.cc Environment::RunTimers), JS keeps the timer lists
// (modules/lib/internal/timers.js) and C++ keeps a single libuv timer armed
// for the earliest list. When it fires, the host runs JS processTimers(now),
// which returns the next expiry: 0 = no timers left, > 0 = the next expiry
// with at least one ref'd timer, < 0 = minus the next expiry, all unref'd.
#pragma once

#include <uv.h>

#include <cstdint>
#include <functional>

#include "trace/recorder.hpp"

namespace ts {

class PhaseProbe;

class TimerHandle {
 public:
  // run: calls processTimers(now) and returns its result.
  using RunFn = std::function<int64_t(int64_t now)>;

  TimerHandle(uv_loop_t* loop, trace::Recorder& recorder, PhaseProbe& probe, RunFn run);
  TimerHandle(const TimerHandle&) = delete;
  TimerHandle& operator=(const TimerHandle&) = delete;

  // Milliseconds on the loop clock since the runtime started (getLibuvNow);
  // updates the loop's cached time.
  int64_t now() const;
  // Arms the timer to fire in `ms` (Node's scheduleTimer).
  void schedule(int64_t ms);
  // ref/unref the handle (Node's toggleTimerRef).
  void toggle_ref(bool ref);
  void close();

 private:
  static void on_timer(uv_timer_t* handle);

  uv_loop_t* loop_;
  trace::Recorder& rec_;
  PhaseProbe& probe_;
  RunFn run_;
  uv_timer_t handle_;
  uint64_t base_;  // uv_now() at start: JS timer times are relative to it
};

}  // namespace ts
