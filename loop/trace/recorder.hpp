// Recorder: stamps events with seq, time, iteration and phase, and appends
// them to the EventLog.
//
// Recording is a branch when tracing is off, and about 30 ns when on (a clock
// read and a 64-byte store; bench/ measures it). Sinks (the JSONL writer)
// pull from the log in batches, never per event, and an observer (the
// visualizer's step gate) can see each event as it is published.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "trace/event.hpp"
#include "trace/event_log.hpp"
#include "trace/string_table.hpp"

namespace ts::trace {

// A destination for recorded events, fed in batches (JsonlWriter, ...).
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
      append(kind, id, cause, a0, a1, a2, a3);
    } else if (virtual_clock_) {
      // Untraced deterministic runs keep the same notion of time.
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
  // written (headless runs), so memory stays bounded.
  void set_sink(Sink* sink, bool release) {
    sink_ = sink;
    release_ = release;
  }
  void set_observer(Observer* observer) { observer_ = observer; }
  // Calls on_reached once, right after the max-th event (--max-events).
  // The log needs room for the few events that follow (the limit, the exit).
  void set_event_limit(uint64_t max, void (*on_reached)(void*), void* arg) {
    event_limit_ = max;
    on_limit_ = on_reached;
    on_limit_arg_ = arg;
  }
  // Hands every event not yet written to the sink.
  void flush();
  // Flushes and tells the sink the run is over.
  void finish();

 private:
  void append(EventKind kind, uint32_t id, uint32_t cause, int64_t a0, int64_t a1, int64_t a2,
              int64_t a3);

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
