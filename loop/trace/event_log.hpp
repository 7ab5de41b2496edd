// EventLog: the in-memory event log, append-only.
//
// One writer (the runtime thread) appends; any number of readers (the
// visualizer's UI thread) read every event below size() without locks.
// Events live in fixed chunks that never move, and size() is published with
// release/acquire ordering, so a reader that sees size() == n can read events
// [first(), n) safely.
//
// The log is bounded: past its capacity, append() returns nullptr and the
// event is counted in dropped(). A streaming sink (the JSONL writer) may
// release chunks it has written, so a headless run keeps only a window.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "trace/event.hpp"

namespace ts::trace {

class EventLog {
 public:
  static constexpr size_t kChunkBits = 14;  // 16,384 events (1 MiB) per chunk
  static constexpr size_t kChunkSize = size_t{1} << kChunkBits;
  static constexpr size_t kMaxChunks = size_t{1} << 16;  // 1G events addressable

  // capacity: the most events the log holds (in memory, or in total when
  // chunks are released as they are written).
  explicit EventLog(size_t capacity = 4'000'000);
  ~EventLog();
  EventLog(const EventLog&) = delete;
  EventLog& operator=(const EventLog&) = delete;

  // Writer side. Returns the slot for the next event, or nullptr when full.
  Event* append() {
    const size_t n = size_.load(std::memory_order_relaxed);
    if (n >= capacity_) {
      dropped_.fetch_add(1, std::memory_order_relaxed);
      return nullptr;
    }
    Event* chunk = chunks_[n >> kChunkBits].load(std::memory_order_relaxed);
    if (chunk == nullptr) chunk = new_chunk(n >> kChunkBits);
    return &chunk[n & (kChunkSize - 1)];
  }
  // Makes the slot returned by the last append() visible to readers.
  void publish() { size_.store(size_.load(std::memory_order_relaxed) + 1, std::memory_order_release); }

  // Reader side (any thread).
  size_t size() const { return size_.load(std::memory_order_acquire); }
  size_t first() const { return first_.load(std::memory_order_acquire); }
  const Event& operator[](size_t i) const {
    return chunks_[i >> kChunkBits].load(std::memory_order_acquire)[i & (kChunkSize - 1)];
  }
  uint64_t dropped() const { return dropped_.load(std::memory_order_relaxed); }
  size_t capacity() const { return capacity_; }

  // Writer side: frees whole chunks below event n (a streaming sink wrote
  // them). Readers must not read below first() afterwards.
  void release_before(size_t n);

 private:
  Event* new_chunk(size_t index);

  size_t capacity_;
  std::unique_ptr<std::atomic<Event*>[]> chunks_;
  std::atomic<size_t> size_{0};
  std::atomic<size_t> first_{0};
  std::atomic<uint64_t> dropped_{0};
  std::vector<Event*> spare_;  // released chunks kept for reuse
};

}  // namespace ts::trace
