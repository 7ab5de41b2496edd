// Immediates: setImmediate's queue and the check phase that runs it (Node's
// lib/internal/timers.js processImmediate and src/env.cc CheckImmediate), in
// C++ for the same reason as the timers (loop/timers.hpp).
//
// HOW. setImmediate appends to one queue. A uv_check_t, always started and
// unref'd, runs in the check phase: it *detaches* the queue first, so an
// immediate queued by an immediate waits for the next iteration's check
// phase; then it runs the batch in order, draining nextTicks and microtasks
// between two immediates. While any ref'd immediate is queued, a uv_idle_t
// runs: it keeps the loop alive and makes libuv compute a poll timeout of 0,
// which is why poll does not block while immediates are pending. Its
// callback does nothing (the phase probe notes it).
#pragma once

#include <uv.h>

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "loop_host.hpp"
#include "trace/recorder.hpp"

namespace ts {

class PhaseProbe;

class Immediates {
 public:
  Immediates(uv_loop_t* loop, trace::Recorder& recorder, PhaseProbe& probe, LoopHost& host);
  Immediates(const Immediates&) = delete;
  Immediates& operator=(const Immediates&) = delete;

  // Starts the check handle (the phase probe decides when, see phase_probe.hpp).
  void start();
  void close();

  // setImmediate: immediate `id` for the JS object in `slot`, ref'd.
  void enqueue(uint32_t id, uint32_t cause, uint32_t slot);
  // clearImmediate: false if it already ran or was cleared.
  bool clear(uint32_t id, uint32_t cause);
  // immediate.ref()/unref().
  void set_ref(uint32_t id, bool refed, uint32_t cause);
  bool has_ref(uint32_t id) const;

 private:
  struct Entry {
    uint32_t id;
    uint32_t cause;
    uint32_t slot;
    bool refed = true;
    bool cleared = false;
  };

  static void on_check(uv_check_t* handle);
  static void on_idle(uv_idle_t* handle);
  void run_batch();
  void finish(Entry* e);
  void inc_ref();
  void dec_ref();

  trace::Recorder& rec_;
  PhaseProbe& probe_;
  LoopHost& host_;
  uv_check_t check_;
  uv_idle_t idle_;
  std::vector<Entry*> queue_;  // waiting for the next check phase, in order
  std::unordered_map<uint32_t, std::unique_ptr<Entry>> by_id_;
  int64_t ref_count_ = 0;
  bool in_batch_ = false;
};

}  // namespace ts
