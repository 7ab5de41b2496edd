// ImmediateHandles: the check handle that runs setImmediate callbacks, and
// the idle handle that keeps poll from blocking while any are queued.
//
// As Node does (src/env.cc CheckImmediate, ToggleImmediateRef): the check
// handle is always started and unref'd; JS counts ref'd immediates, and while
// there are any the idle handle runs, which (a) keeps the loop alive and (b)
// makes libuv compute a poll timeout of 0. Its callback does nothing.
#pragma once

#include <uv.h>

#include <functional>

#include "trace/recorder.hpp"

namespace ts {

class PhaseProbe;

class ImmediateHandles {
 public:
  // run: calls JS processImmediate().
  ImmediateHandles(uv_loop_t* loop, trace::Recorder& recorder, PhaseProbe& probe,
                   std::function<void()> run);
  ImmediateHandles(const ImmediateHandles&) = delete;
  ImmediateHandles& operator=(const ImmediateHandles&) = delete;

  void start();
  // ref'd immediates exist (start idle) or not (stop it).
  void toggle_ref(bool ref);
  void close();

 private:
  static void on_check(uv_check_t* handle);
  static void on_idle(uv_idle_t* handle);

  trace::Recorder& rec_;
  PhaseProbe& probe_;
  std::function<void()> run_;
  uv_check_t check_;
  uv_idle_t idle_;
};

}  // namespace ts
