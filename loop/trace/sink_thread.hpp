// SinkThread: runs a Sink on a thread of its own, so that formatting and
// writing a trace file leave the runtime thread (Recorder, SinkThreading).
//
// The runtime thread posts how far the log is published; the thread hands
// each new range to the sink in order, one range at a time. The sink reads
// the events straight from the EventLog and their strings from the
// StringTable: both may be read from another thread below what was published
// (the rule the visualizer's live mode relies on), so nothing is copied. The
// recorder frees log chunks only below written(), and waits for the thread
// when it falls too far behind, so a headless run's memory stays bounded.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>

#include "trace/event_log.hpp"
#include "trace/string_table.hpp"

namespace ts::trace {

class Sink;

class SinkThread {
 public:
  // The sink is first given the events from `from` on.
  SinkThread(Sink& sink, const EventLog& log, const StringTable& strings, size_t from);
  // Hands every posted event to the sink, then joins.
  ~SinkThread();
  SinkThread(const SinkThread&) = delete;
  SinkThread& operator=(const SinkThread&) = delete;

  // Runtime thread: events below end are published; hand them to the sink.
  void post(size_t end);
  // The events below this were handed to the sink and it returned.
  size_t written() const { return written_.load(std::memory_order_acquire); }
  // Blocks until written() >= n (n must have been posted).
  void wait_for(size_t n);
  // Why the sink stopped early ("" if it did not): an exception it threw
  // (out of memory, say). Later ranges are then counted as written without
  // reaching it, so the runtime never waits on a dead writer.
  std::string failure() const;

 private:
  void run();

  Sink& sink_;
  const EventLog& log_;
  const StringTable& strings_;
  mutable std::mutex mutex_;
  std::condition_variable posted_cv_;   // the thread waits for work
  std::condition_variable written_cv_;  // wait_for waits for the thread
  size_t posted_;                       // under mutex_
  bool stop_ = false;                   // under mutex_
  std::string failure_;                 // under mutex_
  std::atomic<size_t> written_;
  std::thread thread_;  // last: started once the members above exist
};

}  // namespace ts::trace
