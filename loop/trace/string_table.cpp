#include "trace/string_table.hpp"

namespace ts::trace {

StringTable::StringTable() : chunks_(new std::atomic<std::string*>[kMaxChunks]) {
  for (size_t i = 0; i < kMaxChunks; ++i) chunks_[i].store(nullptr, std::memory_order_relaxed);
  intern("");
}

StringTable::~StringTable() {
  for (size_t i = 0; i < kMaxChunks; ++i) delete[] chunks_[i].load(std::memory_order_relaxed);
}

uint32_t StringTable::intern(std::string_view s) {
  auto it = index_.find(s);
  if (it != index_.end()) return it->second;
  const size_t n = size_.load(std::memory_order_relaxed);
  if (n >= kChunkSize * kMaxChunks) return 0;
  std::string* chunk = chunks_[n >> kChunkBits].load(std::memory_order_relaxed);
  if (chunk == nullptr) {
    chunk = new std::string[kChunkSize];
    chunks_[n >> kChunkBits].store(chunk, std::memory_order_release);
  }
  std::string& slot = chunk[n & (kChunkSize - 1)];
  slot.assign(s.data(), s.size());
  bytes_ += s.size();
  // The key views the stored copy, which never moves.
  index_.emplace(std::string_view(slot), static_cast<uint32_t>(n));
  size_.store(n + 1, std::memory_order_release);
  return static_cast<uint32_t>(n);
}

std::string_view StringTable::get(uint32_t id) const {
  if (id >= size()) return {};
  return chunks_[id >> kChunkBits].load(std::memory_order_acquire)[id & (kChunkSize - 1)];
}

}  // namespace ts::trace
