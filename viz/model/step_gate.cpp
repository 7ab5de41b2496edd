#include "model/step_gate.hpp"

namespace ts::viz {

void StepGate::on_event(const trace::Event& event) {
  std::unique_lock<std::mutex> lock(mutex_);
  ++published_;
  if (seeking_ && seek_kinds_.test(static_cast<size_t>(event.kind))) {
    seeking_ = false;
    limit_ = published_;  // stop right after the event we were looking for
  }
  while (!aborted_ && !seeking_ && published_ >= limit_) {
    waiting_ = true;
    wake_.wait(lock);
  }
  waiting_ = false;
  if (aborted_ && !abort_delivered_) {
    abort_delivered_ = true;
    std::function<void()> fn = on_abort_;
    lock.unlock();
    if (fn) fn();
  }
}

void StepGate::set_limit(uint64_t limit) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    limit_ = limit;
    seeking_ = false;
  }
  wake_.notify_all();
}

void StepGate::run_until(const KindMask& kinds) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    seek_kinds_ = kinds;
    seeking_ = true;
  }
  wake_.notify_all();
}

void StepGate::abort() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    aborted_ = true;
  }
  wake_.notify_all();
}

uint64_t StepGate::limit() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return limit_;
}

uint64_t StepGate::published() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return published_;
}

bool StepGate::waiting() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return waiting_;
}

bool StepGate::seeking() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return seeking_;
}

bool StepGate::aborted() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return aborted_;
}

}  // namespace ts::viz
