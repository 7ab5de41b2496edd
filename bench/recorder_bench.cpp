// The cost of recording one event, in C++: tracing off (a branch) and on
// (clock read + 64-byte store), with and without a streaming JSONL sink.
// Prints one "name ns_per_event" line per measurement for bench/run.sh.
#include <chrono>
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
  return 0;
}
