// StepGate: where a live run's runtime thread waits for the UI.
//
// The gate is the Recorder's observer (trace::Observer): on_event runs on the
// runtime thread right after each event is published, and may block there.
// The UI sets a *limit*: the runtime may publish events while fewer than
// `limit` are published, and blocks right after publishing event number
// `limit` until the UI raises it. So the runtime is stopped between two
// events, exactly where the log ends, with nothing half done.
//
//   set_limit(n)        let the runtime run until n events are published
//   run_until(kinds)    lockstep seeking: let it run until it publishes an
//                       event of one of these kinds (next phase, next
//                       iteration), then stop right there
//   open()              no limit: run free
//   abort()             wake up and never block again; the first event after
//                       that calls on_abort (the live run stops the Runtime
//                       from there, on its own thread)
//
// The UI never touches the Runtime while it runs: it reads the log (lock-free)
// and talks to the gate (a mutex and a condition variable).
#pragma once

#include <bitset>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>

#include "trace/recorder.hpp"

namespace ts::viz {

using KindMask = std::bitset<trace::kEventKindCount>;

class StepGate : public trace::Observer {
 public:
  static constexpr uint64_t kNoLimit = UINT64_MAX;

  // Runtime thread.
  void on_event(const trace::Event& event) override;

  // UI thread.
  void set_limit(uint64_t limit);
  void open() { set_limit(kNoLimit); }
  void run_until(const KindMask& kinds);
  void abort();
  // Called once, on the runtime thread, at the first event after abort().
  void set_on_abort(std::function<void()> fn) { on_abort_ = std::move(fn); }

  // Any thread.
  uint64_t limit() const;
  uint64_t published() const;
  // The runtime is blocked in the gate right now.
  bool waiting() const;
  bool seeking() const;
  bool aborted() const;

 private:
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  uint64_t limit_ = kNoLimit;
  uint64_t published_ = 0;
  KindMask seek_kinds_;
  bool seeking_ = false;
  bool waiting_ = false;
  bool aborted_ = false;
  bool abort_delivered_ = false;
  std::function<void()> on_abort_;
};

}  // namespace ts::viz
