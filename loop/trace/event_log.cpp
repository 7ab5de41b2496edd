#include "trace/event_log.hpp"

#include <algorithm>

namespace ts::trace {

EventLog::EventLog(size_t capacity)
    : capacity_(std::min(capacity, kChunkSize * kMaxChunks)),
      chunks_(new std::atomic<Event*>[kMaxChunks]) {
  for (size_t i = 0; i < kMaxChunks; ++i) chunks_[i].store(nullptr, std::memory_order_relaxed);
}

EventLog::~EventLog() {
  for (size_t i = 0; i < kMaxChunks; ++i) delete[] chunks_[i].load(std::memory_order_relaxed);
  for (Event* c : spare_) delete[] c;
}

Event* EventLog::new_chunk(size_t index) {
  Event* chunk;
  if (!spare_.empty()) {
    chunk = spare_.back();
    spare_.pop_back();
  } else {
    chunk = new Event[kChunkSize];
  }
  chunks_[index].store(chunk, std::memory_order_release);
  return chunk;
}

void EventLog::release_before(size_t n) {
  const size_t first_chunk = first_.load(std::memory_order_relaxed) >> kChunkBits;
  const size_t last_chunk = n >> kChunkBits;  // exclusive: chunk of n stays
  for (size_t c = first_chunk; c < last_chunk; ++c) {
    Event* chunk = chunks_[c].exchange(nullptr, std::memory_order_acq_rel);
    if (chunk == nullptr) continue;
    if (spare_.size() < 2) {
      spare_.push_back(chunk);
    } else {
      delete[] chunk;
    }
  }
  if (last_chunk > first_chunk) first_.store(last_chunk << kChunkBits, std::memory_order_release);
}

}  // namespace ts::trace
