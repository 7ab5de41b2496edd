#include "trace/sink_thread.hpp"

#include "trace/recorder.hpp"

namespace ts::trace {

SinkThread::SinkThread(Sink& sink, const EventLog& log, const StringTable& strings, size_t from)
    : sink_(sink),
      log_(log),
      strings_(strings),
      posted_(from),
      written_(from),
      thread_([this] { run(); }) {}

SinkThread::~SinkThread() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  posted_cv_.notify_one();
  thread_.join();
}

void SinkThread::post(size_t end) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (end <= posted_) return;
    posted_ = end;
  }
  posted_cv_.notify_one();
}

void SinkThread::wait_for(size_t n) {
  std::unique_lock<std::mutex> lock(mutex_);
  written_cv_.wait(lock, [&] { return written_.load(std::memory_order_relaxed) >= n; });
}

void SinkThread::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    posted_cv_.wait(lock, [&] { return stop_ || posted_ > written_.load(std::memory_order_relaxed); });
    const size_t from = written_.load(std::memory_order_relaxed);
    const size_t to = posted_;
    if (from == to) return;  // stopping, and everything posted is written
    const bool failed = !failure_.empty();
    lock.unlock();
    std::string failure;
    if (!failed) {
      try {
        sink_.write(log_, strings_, from, to);
      } catch (const std::exception& e) {
        failure = e.what();
      }
    }
    lock.lock();
    if (!failure.empty()) failure_ = failure;
    written_.store(to, std::memory_order_release);
    written_cv_.notify_all();
  }
}

std::string SinkThread::failure() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return failure_;
}

}  // namespace ts::trace
