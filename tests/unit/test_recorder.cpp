// The event recorder and log: stamping, bounds, streaming release, strings,
// and a reader on another thread.
#include <catch2/catch.hpp>

#include <atomic>
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
