// Recorder: stamps events with seq, time, iteration and phase, and appends
// them to the EventLog.
//
// Recording is a branch when tracing is off, and a clock read (~25 ns of the
// total) and a 64-byte store when on: bench/recorder_bench.cpp measures ~2 ns
// off and ~30 ns on when the log reuses released chunks (a headless run), more
// while a run that keeps every event first touches the log's memory
// (record_on). Sinks (the JSONL writer) pull from the log in batches, never
// per event, and an observer (the visualizer's step gate) can see each event
// as it is published.
//
// Formatting and writing a trace file cost several times the recording
// itself (~100 ns and ~125 bytes per event), so `tickscope run` gives its
// sinks a thread of their own (SinkThreading::Background, sink_thread.hpp):
// the runtime thread only posts each full batch, and the file is the same,
// byte for byte and in order. The thread starts with the first full batch;
// a short run writes inline at finish() and never starts one.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "trace/event.hpp"
#include "trace/event_log.hpp"
#include "trace/sink_thread.hpp"
#include "trace/string_table.hpp"

namespace ts::trace {

// A destination for recorded events, fed in batches (JsonlWriter, ...).
// With SinkThreading::Background, write() runs on the recorder's sink thread
// (one call at a time, in order) and finish() on the recorder's thread once
// that thread has stopped: a sink must not touch the runtime.
class Sink {
 public:
  virtual ~Sink() = default;
  virtual void write(const EventLog& log, const StringTable& strings, size_t from, size_t to) = 0;
  virtual void finish() {}
};

// Sees every event as it is published (the visualizer's gate).
class Observer {
 public:
  virtual ~Observer() = default;
  virtual void on_event(const Event& event) = 0;
};

// Where a sink's write() runs: on the recording thread, or on a thread of
// its own that the recorder starts with the first full batch.
enum class SinkThreading { Inline, Background };

class Recorder {
 public:
  explicit Recorder(size_t capacity = 4'000'000);

  bool enabled() const { return enabled_; }
  void set_enabled(bool on) { enabled_ = on; }

  // The time source: real monotonic ns since construction, or a virtual
  // clock the runtime advances (deterministic mode).
  void use_virtual_clock(bool on) { virtual_clock_ = on; }
  void set_virtual_time(uint64_t ns) { virtual_ns_ = ns; }
  uint64_t now_ns() const;
  // The wall clock (ms since the Unix epoch) when the monotonic clock read 0:
  // the trace's start_unix_ms, which puts several processes on one time line.
  int64_t start_unix_ms() const { return start_unix_ms_; }

  // Virtual time advances this much per recorded event, so that a
  // deterministic trace still shows work taking time.
  static constexpr uint64_t kVirtualNsPerEvent = 1000;

  // Loop position, stamped into every event.
  void set_phase(Phase phase) { phase_ = phase; }
  void set_iter(uint32_t iter) { iter_ = iter; }
  Phase phase() const { return phase_; }
  uint32_t iter() const { return iter_; }

  void record(EventKind kind, uint32_t id = 0, uint32_t cause = 0, int64_t a0 = 0,
              int64_t a1 = 0, int64_t a2 = 0, int64_t a3 = 0) {
    if (enabled_) {
      append(kReadClock, kind, id, cause, a0, a1, a2, a3);
    } else if (virtual_clock_) {
      // Untraced deterministic runs keep the same notion of time.
      virtual_ns_ += kVirtualNsPerEvent;
    }
  }
  // record(), stamped with `now`, a now_ns() the caller has just read to
  // measure a duration (phase.enter/leave, callback.enter/exit): one clock
  // read instead of two (a read is ~25 ns, as much as the rest of an event).
  // Nothing may be recorded between that read and this call. On the virtual
  // clock the event is stamped exactly as by record().
  void record_at(uint64_t now, EventKind kind, uint32_t id = 0, uint32_t cause = 0,
                 int64_t a0 = 0, int64_t a1 = 0, int64_t a2 = 0, int64_t a3 = 0) {
    if (enabled_) {
      append(virtual_clock_ ? kReadClock : now, kind, id, cause, a0, a1, a2, a3);
    } else if (virtual_clock_) {
      virtual_ns_ += kVirtualNsPerEvent;
    }
  }
  // Deterministic mode: a clock read by the script (Date.now, hrtime...)
  // takes this much virtual time, so that a busy-wait loop ends.
  void tick_virtual_clock() {
    if (virtual_clock_) virtual_ns_ += kVirtualNsPerEvent;
  }
  // A string payload value.
  int64_t str(std::string_view s) { return strings_.intern(s); }

  EventLog& log() { return log_; }
  const EventLog& log() const { return log_; }
  StringTable& strings() { return strings_; }
  const StringTable& strings() const { return strings_; }
  uint64_t recorded() const { return seq_; }

  // The sink gets every event; with release=true the log forgets events once
  // written (headless runs), so memory stays bounded. Replacing the sink (or
  // set_sink(nullptr)) first stops a sink thread, which hands the old sink
  // every event already posted to it.
  void set_sink(Sink* sink, bool release, SinkThreading threading = SinkThreading::Inline);
  // Why a sink on its own thread stopped early ("" if it did not): the
  // exception it threw. Known once the thread has stopped (finish()).
  const std::string& sink_failure() const { return sink_failure_; }
  void set_observer(Observer* observer) { observer_ = observer; }
  // Calls on_reached once, right after the max-th event (--max-events).
  // The log needs room for the few events that follow (the limit, the exit).
  void set_event_limit(uint64_t max, void (*on_reached)(void*), void* arg) {
    event_limit_ = max;
    on_limit_ = on_reached;
    on_limit_arg_ = arg;
  }
  // Hands every event not yet written to the sink (to its thread, when one
  // runs: the sink may still be writing them when this returns).
  void flush();
  // Hands the sink every event, waits until it has written them (the sink
  // thread stops) and tells the sink the run is over.
  void finish();

 private:
  // append()'s `now` for "read the clock yourself" (the virtual clock: after
  // advancing it); any other value is a monotonic time already read.
  static constexpr uint64_t kReadClock = ~uint64_t{0};
  void append(uint64_t now, EventKind kind, uint32_t id, uint32_t cause, int64_t a0, int64_t a1,
              int64_t a2, int64_t a3);
  void write_inline(size_t end);
  void post_to_thread(size_t end);
  void stop_thread();

  bool enabled_ = false;
  bool virtual_clock_ = false;
  bool release_ = false;
  Phase phase_ = Phase::Main;
  uint32_t iter_ = 0;
  uint64_t seq_ = 0;
  uint64_t start_ns_;
  int64_t start_unix_ms_;
  uint64_t virtual_ns_ = 0;
  size_t written_ = 0;
  EventLog log_;
  StringTable strings_;
  Sink* sink_ = nullptr;
  SinkThreading threading_ = SinkThreading::Inline;
  std::unique_ptr<SinkThread> thread_;  // after log_ and strings_: stops before they go
  std::string sink_failure_;             // see sink_failure()
  Observer* observer_ = nullptr;
  uint64_t event_limit_ = 0;
  void (*on_limit_)(void*) = nullptr;
  void* on_limit_arg_ = nullptr;
};

}  // namespace ts::trace

namespace ts::trace {

// Feeds several sinks (the JSONL file, the Chrome trace, a summary).
class MultiSink : public Sink {
 public:
  void add(Sink* sink) { sinks_.push_back(sink); }
  void write(const EventLog& log, const StringTable& strings, size_t from, size_t to) override {
    for (Sink* s : sinks_) s->write(log, strings, from, to);
  }
  void finish() override {
    for (Sink* s : sinks_) s->finish();
  }

 private:
  std::vector<Sink*> sinks_;
};

}  // namespace ts::trace
