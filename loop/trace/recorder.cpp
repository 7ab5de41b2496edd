#include "trace/recorder.hpp"

#include <time.h>

namespace ts::trace {
namespace {

uint64_t monotonic_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1'000'000'000u + static_cast<uint64_t>(ts.tv_nsec);
}

// Sinks are fed in batches of this many events.
constexpr size_t kFlushBatch = 8192;

int64_t realtime_ms() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

}  // namespace

Recorder::Recorder(size_t capacity)
    : start_ns_(monotonic_ns()), start_unix_ms_(realtime_ms()), log_(capacity) {}

uint64_t Recorder::now_ns() const {
  return virtual_clock_ ? virtual_ns_ : monotonic_ns() - start_ns_;
}

void Recorder::append(EventKind kind, uint32_t id, uint32_t cause, int64_t a0, int64_t a1,
                      int64_t a2, int64_t a3) {
  Event* e = log_.append();
  if (e == nullptr) return;  // full: counted in log_.dropped()
  e->seq = ++seq_;
  if (virtual_clock_) virtual_ns_ += kVirtualNsPerEvent;
  e->t = now_ns();
  e->id = id;
  e->cause = cause;
  e->iter = iter_;
  e->kind = kind;
  e->phase = phase_;
  e->reserved = 0;
  e->arg[0] = a0;
  e->arg[1] = a1;
  e->arg[2] = a2;
  e->arg[3] = a3;
  log_.publish();
  if (observer_ != nullptr) observer_->on_event(*e);
  if (sink_ != nullptr && log_.size() - written_ >= kFlushBatch) flush();
  if (seq_ == event_limit_ && on_limit_ != nullptr) {
    auto* fn = on_limit_;
    on_limit_ = nullptr;
    fn(on_limit_arg_);
  }
}

void Recorder::flush() {
  const size_t end = log_.size();
  if (sink_ == nullptr || end == written_) return;
  sink_->write(log_, strings_, written_, end);
  written_ = end;
  if (release_) log_.release_before(written_);
}

void Recorder::finish() {
  flush();
  if (sink_ != nullptr) sink_->finish();
}

}  // namespace ts::trace
