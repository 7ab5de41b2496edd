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

// A sink thread may lag this many events behind (4 MiB of log) before the
// recording thread waits for it: the bound on a headless run's memory.
constexpr size_t kMaxBacklog = 8 * kFlushBatch;

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

void Recorder::append(uint64_t now, EventKind kind, uint32_t id, uint32_t cause, int64_t a0,
                      int64_t a1, int64_t a2, int64_t a3) {
  Event* e = log_.append();
  if (e == nullptr) return;  // full: counted in log_.dropped()
  e->seq = ++seq_;
  if (virtual_clock_) virtual_ns_ += kVirtualNsPerEvent;
  e->t = now == kReadClock ? now_ns() : now;
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

void Recorder::set_sink(Sink* sink, bool release, SinkThreading threading) {
  stop_thread();
  sink_ = sink;
  release_ = release;
  threading_ = threading;
}

void Recorder::flush() {
  const size_t end = log_.size();
  if (sink_ == nullptr || end == written_) return;
  // The thread starts with the first full batch (append flushes only then),
  // so a short run never starts one.
  if (thread_ != nullptr ||
      (threading_ == SinkThreading::Background && end - written_ >= kFlushBatch)) {
    post_to_thread(end);
  } else {
    write_inline(end);
  }
}

void Recorder::finish() {
  flush();
  stop_thread();
  if (sink_ != nullptr) sink_->finish();
}

void Recorder::write_inline(size_t end) {
  sink_->write(log_, strings_, written_, end);
  written_ = end;
  if (release_) log_.release_before(written_);
}

void Recorder::post_to_thread(size_t end) {
  if (thread_ == nullptr) thread_ = std::make_unique<SinkThread>(*sink_, log_, strings_, written_);
  thread_->post(end);
  written_ = end;
  if (!release_) return;
  // Memory stays bounded: wait while the thread lags too far behind, and
  // free only what it has written.
  if (end - thread_->written() > kMaxBacklog) thread_->wait_for(end - kMaxBacklog);
  log_.release_before(thread_->written());
}

void Recorder::stop_thread() {
  if (thread_ == nullptr) return;
  thread_->wait_for(written_);  // everything posted is written (or skipped after a failure)
  const std::string failure = thread_->failure();
  if (!failure.empty()) sink_failure_ = failure;
  thread_.reset();  // joins
  if (release_) log_.release_before(written_);
}

}  // namespace ts::trace
