// Pool: work on libuv's thread pool, recorded: which worker ran it, when it
// started and finished, and when its completion reached the loop.
//
// HOW. libuv runs file-system calls (and DNS lookups, and uv_queue_work) on
// a pool of UV_THREADPOOL_SIZE threads, 4 by default. A request waits in the
// pool's queue until a worker is free, runs there, and its completion is
// posted back to the loop, which runs the JS callback in the *poll* phase
// (through an async handle). libuv's own uv_fs_* requests hide which worker
// ran them, so tickscope submits its own work with uv_queue_work and makes
// the (synchronous) call inside it: the worker's index and the start and end
// times are measured there, and recorded on the loop thread when the request
// completes (the recorder is single-threaded).
#pragma once

#include <uv.h>

#include <cstdint>
#include <vector>

#include "trace/recorder.hpp"

namespace ts {

class PhaseProbe;

// One piece of pool work. Subclasses implement run() (on a worker thread:
// no JS, no recording) and complete() (on the loop thread, in poll).
class PoolWork {
 public:
  virtual ~PoolWork() = default;

  uint32_t id = 0;      // request id (an async id)
  uint32_t cause = 0;   // the callback that submitted it
  const char* what = "";  // "open", "read", "stat", ...

 protected:
  virtual void run() = 0;
  // status is 0, or UV_ECANCELED if the loop was torn down first. The
  // object is deleted after complete() returns.
  virtual void complete(int status) = 0;

 private:
  friend class Pool;
  uv_work_t req_{};
  class Pool* pool_ = nullptr;
  uint64_t seq_ = 0;
  uint64_t start_ns_ = 0;
  uint64_t end_ns_ = 0;
  int thread_ = -1;
};

class Pool {
 public:
  Pool(uv_loop_t* loop, trace::Recorder& recorder, PhaseProbe& probe);

  // Queues `work` (takes ownership). Records pool.queue with `detail`
  // (a path, say).
  void submit(PoolWork* work, std::string_view detail);
  // Requests submitted and not completed yet.
  size_t in_flight() const { return in_flight_; }
  // The pool's size (UV_THREADPOOL_SIZE, 4 by default).
  static int size();
  // Deterministic mode: I/O takes no time. Work runs at once, on the loop
  // thread, and its completion is delivered in the next poll phase (through
  // an async handle), in submission order; pool.work reports the thread as
  // (submission number mod pool size). Real threads would make the
  // iteration a completion lands in depend on timing.
  void use_virtual_time(bool on);
  void close();

 private:
  static void on_work(uv_work_t* req);
  static void on_after_work(uv_work_t* req, int status);
  void deliver(PoolWork* work, int status);
  static void on_ready(uv_async_t* handle);

  uv_loop_t* loop_;
  trace::Recorder& rec_;
  PhaseProbe& probe_;
  size_t in_flight_ = 0;
  bool virtual_ = false;
  uint64_t submitted_ = 0;
  uv_async_t ready_async_{};
  std::vector<PoolWork*> ready_;  // virtual mode: done, waiting for the next poll
};

}  // namespace ts
