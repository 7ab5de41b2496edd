// The cost of recording one event, in C++: tracing off (a branch) and on
// (clock read + 64-byte store), with and without a streaming JSONL sink, and
// with the sink on its own thread (what the recording thread pays).
// Prints one "name ns_per_event" line per measurement for bench/run.sh.
#include <time.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

#include "trace/jsonl_writer.hpp"
#include "trace/recorder.hpp"

using ts::trace::EventKind;
using ts::trace::Recorder;

namespace {

template <typename F>
double ns_per_op(size_t n, F f) {
  const auto t0 = std::chrono::steady_clock::now();
  for (size_t i = 0; i < n; ++i) f(i);
  const auto t1 = std::chrono::steady_clock::now();
  return std::chrono::duration<double, std::nano>(t1 - t0).count() / static_cast<double>(n);
}

double thread_cpu_ns() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

}  // namespace

int main() {
  const size_t n = 5'000'000;
  {
    Recorder rec(n);
    rec.set_enabled(false);
    std::printf("record_off %.2f\n", ns_per_op(n, [&](size_t i) {
                  rec.record(EventKind::TickEnqueue, static_cast<uint32_t>(i), 1);
                }));
  }
  {
    Recorder rec(n);
    rec.set_enabled(true);
    std::printf("record_on %.2f\n", ns_per_op(n, [&](size_t i) {
                  rec.record(EventKind::TickEnqueue, static_cast<uint32_t>(i), 1);
                }));
  }
  {
    Recorder rec(size_t{1} << 30);
    rec.set_enabled(true);
    ts::trace::TraceMeta meta;
    ts::trace::JsonlWriter writer("/dev/null", meta);
    rec.set_sink(&writer, true);
    std::printf("record_jsonl %.2f\n", ns_per_op(n, [&](size_t i) {
                  rec.record(EventKind::TimerInsert, static_cast<uint32_t>(i), 1, 10, 11, 0);
                }));
    rec.finish();
  }
  {
    // As `tickscope run --trace` does it: the writer on its own thread, and
    // the recording thread doing other work between events (as a script
    // does), so that the writer keeps up. The cost is the recording thread's
    // extra CPU time per event (thread CPU time: on a machine without a free
    // core the two threads share one, and wall time would add the writer's).
    auto work = [](size_t i) {
      volatile uint64_t x = i;
      for (int k = 0; k < 40; ++k) x = x * 31 + static_cast<uint64_t>(k);
    };
    double t0 = thread_cpu_ns();
    for (size_t i = 0; i < n; ++i) work(i);
    const double work_ns = thread_cpu_ns() - t0;
    Recorder rec(size_t{1} << 30);
    rec.set_enabled(true);
    ts::trace::TraceMeta meta;
    ts::trace::JsonlWriter writer("/dev/null", meta);
    rec.set_sink(&writer, true, ts::trace::SinkThreading::Background);
    t0 = thread_cpu_ns();
    for (size_t i = 0; i < n; ++i) {
      work(i);
      rec.record(EventKind::TimerInsert, static_cast<uint32_t>(i), 1, 10, 11, 0);
    }
    rec.finish();
    const double total_ns = thread_cpu_ns() - t0;
    std::printf("record_jsonl_thread %.2f\n", (total_ns - work_ns) / static_cast<double>(n));
  }
  return 0;
}
