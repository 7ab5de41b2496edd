// PhaseProbe: records the seven phases of every loop iteration on a stock
// libuv 1.44.2, which has no phase hooks.
//
// HOW. libuv 1.44.2's uv_run (src/unix/core.c) is, per iteration:
//
//   1. timers   uv__update_time, uv__run_timers      our one uv_timer_t (RunTimers)
//   2. pending  uv__run_pending                      deferred I/O callbacks (rare on Linux)
//   3. idle     uv__run_idle                         the immediates' keep-alive idle handle
//   4. prepare  uv__run_prepare                      our prepare marker (the only prepare handle)
//   5. poll     uv__io_poll(timeout)                 I/O callbacks (+ up to 8 pending passes)
//   6. check    uv__run_check                        [check-begin] CheckImmediate [check-end]
//   7. close    uv__run_closing_handles              uv_close callbacks
//
// The runtime owns every prepare, check and idle handle, and libuv runs the
// handle started last first, so marker handles bracket the phases: the
// prepare marker is the instant before poll (and tells us timers, pending and
// idle are over), check-begin the instant after poll, check-end the start of
// close. Marker handles are unref'd: they never keep the loop alive, and we
// never start an idle handle just to observe (that would turn poll into a
// busy loop).
//
// WHY uv_run(UV_RUN_ONCE). The driver (loop_driver.cpp) calls uv_run once
// per iteration, so it sees each iteration's start and the loop-alive
// decision. In ONCE mode 1.44.2 runs the timers once more after the close
// phase; we record those as the timers phase of the next iteration, which is
// where they belong (and where libuv >= 1.45, the one Node 20 bundles, runs
// them: at the end of each iteration).
//
// Phases with no observable callback (pending and idle, usually) are still
// recorded, as enter/leave at the moment we learn they are over.
#pragma once

#include <uv.h>

#include <cstdint>
#include <functional>

#include "trace/recorder.hpp"

namespace ts {

class PhaseProbe {
 public:
  PhaseProbe(uv_loop_t* loop, trace::Recorder& recorder);
  PhaseProbe(const PhaseProbe&) = delete;
  PhaseProbe& operator=(const PhaseProbe&) = delete;

  // Start order matters (the last started runs first): call
  // start_tail_markers() before the CheckImmediate handle starts and
  // start_head_markers() after it.
  void start_tail_markers();
  void start_head_markers();
  void close();

  // The driver brackets each uv_run(UV_RUN_ONCE) call.
  void before_run();
  // alive: what uv_run returned.
  void after_run(bool alive);

  // Where callbacks tell the probe what is about to run.
  void on_timers_callback();  // RunTimers
  void on_idle_callback();    // the immediates' idle handle
  void on_io_callback();      // an I/O completion (poll, or pending)
  void on_close_callback();   // a uv_close callback
  // A JS callback started (every callback.enter event): phase.leave and
  // loop.iter.end report how many ran.
  void count_callback() { ++phase_callbacks_; }

  uint32_t iterations() const { return iter_; }
  trace::Phase phase() const { return phase_; }

  // Deterministic mode: poll.timeout reports this (ms until the next virtual
  // timer, -1 for none) instead of libuv's real-time computation.
  void set_virtual_timeout(std::function<int64_t()> due_in) { virtual_due_in_ = std::move(due_in); }
  // Deterministic mode: called where libuv is about to run timers (before
  // each uv_run, and after the check phase, ahead of the trailing timers of
  // UV_RUN_ONCE) with before_poll=false, and in the prepare marker, the
  // instant before poll, with before_poll=true.
  void set_virtual_time_hook(std::function<void(bool before_poll)> hook) {
    virtual_time_hook_ = std::move(hook);
  }

  // The poll timeout libuv 1.44.2 will use, computed its way (uv__backend_timeout)
  // from public loop fields, with the reason. -1 means "until an event".
  static int poll_timeout(const uv_loop_t* loop, const char** reason);

 private:
  static void on_prepare(uv_prepare_t* handle);
  static void on_check_begin(uv_check_t* handle);
  static void on_check_end(uv_check_t* handle);

  void begin_iteration();
  void end_iteration();
  // Leaves the current phase and enters `to`, recording any phases between
  // them as empty.
  void advance_to(trace::Phase to);
  void enter(trace::Phase phase);
  void leave();
  void record_poll_timeout();

  uv_loop_t* loop_;
  trace::Recorder& rec_;
  uv_prepare_t prepare_;
  uv_check_t check_begin_;
  uv_check_t check_end_;
  bool in_iteration_ = false;
  trace::Phase phase_ = trace::Phase::Main;
  uint32_t iter_ = 0;
  uint64_t phase_start_ns_ = 0;
  int64_t phase_callbacks_ = 0;
  int64_t iter_callbacks_ = 0;
  std::function<int64_t()> virtual_due_in_;
  std::function<void(bool)> virtual_time_hook_;
  const char* last_reason_ = nullptr;
  int64_t last_reason_id_ = 0;
};

}  // namespace ts
