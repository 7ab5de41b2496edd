// LoopDriver: runs the event loop one iteration at a time, as Node's
// SpinEventLoop does with uv_run(UV_RUN_DEFAULT), and records each
// iteration's loop-alive decision.
//
//   while the runtime is not stopping:
//     if the loop is alive: run one iteration (uv_run ONCE); record alive
//     else: emit 'beforeExit'; stop unless it scheduled more work
#pragma once

#include <uv.h>

#include <array>
#include <functional>
#include <string>

#include "phase_probe.hpp"
#include "trace/recorder.hpp"

namespace ts {

class LoopDriver {
 public:
  struct Hooks {
    std::function<bool()> stopping;      // process.exit(), a fatal error or a limit
    std::function<void()> before_exit;   // emits process 'beforeExit'
  };

  LoopDriver(uv_loop_t* loop, trace::Recorder& recorder, PhaseProbe& probe, Hooks hooks);

  // Runs until the loop has nothing left to do or the runtime stops.
  void run();

  // "timer×1 idle×1": the active, ref'd handles keeping the loop alive.
  static std::string describe_alive(uv_loop_t* loop, unsigned* handles);

 private:
  // Active, ref'd handles by type (uv_handle_type order), then requests.
  using AliveCounts = std::array<unsigned, UV_HANDLE_TYPE_MAX + 1>;
  static AliveCounts count_alive(uv_loop_t* loop);
  static std::string describe(const AliveCounts& counts, unsigned* handles);
  void record_alive(bool alive);

  uv_loop_t* loop_;
  trace::Recorder& rec_;
  PhaseProbe& probe_;
  Hooks hooks_;
  AliveCounts last_counts_{};  // nothing alive: "", string id 0
  unsigned last_handles_ = 0;
  int64_t last_what_id_ = 0;
};

}  // namespace ts
