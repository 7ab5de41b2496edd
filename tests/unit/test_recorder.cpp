// The event recorder and log: stamping, bounds, streaming release, strings,
// a reader on another thread, and sinks on a thread of their own.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "trace/recorder.hpp"

using ts::trace::Event;
using ts::trace::EventKind;
using ts::trace::EventLog;
using ts::trace::Phase;
using ts::trace::Recorder;
using ts::trace::StringTable;

TEST_CASE("a disabled recorder records nothing", "[trace][recorder]") {
  Recorder rec(100);
  rec.record(EventKind::LoopStart);
  CHECK(rec.log().size() == 0);
  CHECK(rec.recorded() == 0);
}

TEST_CASE("events are stamped with seq, iteration, phase and rising time", "[trace][recorder]") {
  Recorder rec(100);
  rec.set_enabled(true);
  rec.record(EventKind::LoopStart);
  rec.set_iter(3);
  rec.set_phase(Phase::Check);
  rec.record(EventKind::TimerFire, 7, 2, 10, 1);
  REQUIRE(rec.log().size() == 2);
  const Event& a = rec.log()[0];
  const Event& b = rec.log()[1];
  CHECK(a.seq == 1);
  CHECK(b.seq == 2);
  CHECK(a.phase == Phase::Main);
  CHECK(b.iter == 3);
  CHECK(b.phase == Phase::Check);
  CHECK(b.id == 7);
  CHECK(b.cause == 2);
  CHECK(b.arg[0] == 10);
  CHECK(b.arg[1] == 1);
  CHECK(b.t >= a.t);
}

TEST_CASE("the virtual clock decides event times when it is on", "[trace][recorder]") {
  Recorder rec(10);
  rec.set_enabled(true);
  rec.use_virtual_clock(true);
  rec.set_virtual_time(5000);
  rec.record(EventKind::LoopStart);
  rec.record(EventKind::LoopStart);
  // Each event takes a fixed slice of virtual time.
  CHECK(rec.log()[0].t == 5000 + Recorder::kVirtualNsPerEvent);
  CHECK(rec.log()[1].t == 5000 + 2 * Recorder::kVirtualNsPerEvent);
}

TEST_CASE("a full log drops events and counts them", "[trace][log]") {
  Recorder rec(3);
  rec.set_enabled(true);
  for (int i = 0; i < 5; ++i) rec.record(EventKind::LoopStart);
  CHECK(rec.log().size() == 3);
  CHECK(rec.log().dropped() == 2);
}

namespace {

struct CountingSink : ts::trace::Sink {
  size_t events = 0;
  size_t batches = 0;
  bool finished = false;
  void write(const EventLog&, const StringTable&, size_t from, size_t to) override {
    events += to - from;
    ++batches;
  }
  void finish() override { finished = true; }
};

}  // namespace

TEST_CASE("a streaming sink gets every event in batches and the log releases memory",
          "[trace][log]") {
  Recorder rec(1'000'000);
  rec.set_enabled(true);
  CountingSink sink;
  rec.set_sink(&sink, true);
  const size_t n = EventLog::kChunkSize * 3 + 17;
  for (size_t i = 0; i < n; ++i) rec.record(EventKind::TickEnqueue, static_cast<uint32_t>(i));
  rec.finish();
  CHECK(sink.events == n);
  CHECK(sink.batches > 1);
  CHECK(sink.finished);
  // Whole chunks that were written are gone; the log keeps counting.
  CHECK(rec.log().first() >= EventLog::kChunkSize * 3);
  CHECK(rec.log().size() == n);
}

TEST_CASE("strings are interned once and id 0 is the empty string", "[trace][strings]") {
  StringTable strings;
  const uint32_t a = strings.intern("timer");
  const uint32_t b = strings.intern("immediate");
  CHECK(strings.intern("timer") == a);
  CHECK(a != b);
  CHECK(strings.get(a) == "timer");
  CHECK(strings.get(0).empty());
  CHECK(strings.intern("") == 0);
}

TEST_CASE("a reader thread sees only complete, published events", "[trace][log][threads]") {
  Recorder rec(200'000);
  rec.set_enabled(true);
  std::atomic<bool> done{false};
  std::atomic<bool> ok{true};
  std::thread reader([&] {
    size_t seen = 0;
    while (!done.load() || seen < rec.log().size()) {
      const size_t n = rec.log().size();
      for (; seen < n; ++seen) {
        const Event& e = rec.log()[seen];
        if (e.seq != seen + 1 || e.id != static_cast<uint32_t>(seen)) ok = false;
      }
    }
  });
  for (uint32_t i = 0; i < 150'000; ++i) rec.record(EventKind::TickEnqueue, i);
  done = true;
  reader.join();
  CHECK(ok.load());
}

namespace {

// Checks, on the sink thread, that ranges follow each other and that every
// event it reads is still in the log; sleeps now and then, so that the
// recorder has to wait for it.
struct SlowCheckingSink : ts::trace::Sink {
  size_t next = 0;
  size_t batches = 0;
  bool ok = true;
  void write(const EventLog& log, const StringTable&, size_t from, size_t to) override {
    if (from != next || log.first() > from) ok = false;
    for (size_t i = from; i < to; ++i) {
      if (log[i].seq != i + 1 || log[i].id != static_cast<uint32_t>(i)) ok = false;
    }
    next = to;
    if (++batches % 4 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
};

}  // namespace

TEST_CASE("a sink on its own thread gets every event once and in order, in bounded memory",
          "[trace][log][threads]") {
  Recorder rec(size_t{1} << 30);
  rec.set_enabled(true);
  SlowCheckingSink sink;
  rec.set_sink(&sink, true, ts::trace::SinkThreading::Background);
  const size_t n = EventLog::kChunkSize * 40 + 5;
  size_t most_kept = 0;
  for (size_t i = 0; i < n; ++i) {
    rec.record(EventKind::TickEnqueue, static_cast<uint32_t>(i));
    most_kept = std::max(most_kept, rec.log().size() - rec.log().first());
  }
  rec.finish();
  CHECK(sink.ok);
  CHECK(sink.next == n);
  CHECK(sink.batches > 1);
  // The recorder waited for the slow sink instead of keeping everything.
  CHECK(most_kept < EventLog::kChunkSize * 8);
  CHECK(rec.log().first() >= EventLog::kChunkSize * 40);
}

TEST_CASE("a short run never starts the sink thread and still writes everything",
          "[trace][log][threads]") {
  Recorder rec(1000);
  rec.set_enabled(true);
  CountingSink sink;
  rec.set_sink(&sink, true, ts::trace::SinkThreading::Background);
  for (int i = 0; i < 100; ++i) rec.record(EventKind::LoopStart);
  rec.flush();
  CHECK(sink.events == 100);  // written inline: no thread for one small batch
  rec.record(EventKind::LoopStart);
  rec.finish();
  CHECK(sink.events == 101);
  CHECK(sink.finished);
}

namespace {

// Throws on its second batch, as a sink that runs out of memory would.
struct ThrowingSink : ts::trace::Sink {
  int batches = 0;
  void write(const EventLog&, const ts::trace::StringTable&, size_t, size_t) override {
    if (++batches == 2) throw std::runtime_error("out of memory formatting an event");
  }
};

}  // namespace

TEST_CASE("a sink that throws on its thread stops there, and the run neither hangs nor crashes",
          "[trace][log][threads]") {
  Recorder rec(size_t{1} << 30);
  rec.set_enabled(true);
  ThrowingSink sink;
  rec.set_sink(&sink, true, ts::trace::SinkThreading::Background);
  // Far more than the recorder's backlog: it would wait forever on a dead writer.
  for (size_t i = 0; i < EventLog::kChunkSize * 40; ++i) rec.record(EventKind::TickEnqueue);
  rec.finish();
  CHECK(sink.batches == 2);  // nothing more reached it after the throw
  CHECK(rec.sink_failure() == "out of memory formatting an event");
}
