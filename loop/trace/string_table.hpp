// StringTable: interned strings for event payloads.
//
// Same threading rule as EventLog: the runtime thread interns, any thread may
// read a string whose id it got from a published event. Id 0 is "".
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ts::trace {

class StringTable {
 public:
  StringTable();
  ~StringTable();
  StringTable(const StringTable&) = delete;
  StringTable& operator=(const StringTable&) = delete;

  // Writer side: the id of s, adding it if new.
  uint32_t intern(std::string_view s);
  // Any thread: the string for an id obtained from a published event.
  std::string_view get(uint32_t id) const;
  size_t size() const { return size_.load(std::memory_order_acquire); }

 private:
  static constexpr size_t kChunkBits = 12;
  static constexpr size_t kChunkSize = size_t{1} << kChunkBits;
  static constexpr size_t kMaxChunks = size_t{1} << 16;

  std::unique_ptr<std::atomic<std::string*>[]> chunks_;
  std::atomic<size_t> size_{0};
  std::unordered_map<std::string_view, uint32_t> index_;
  size_t bytes_ = 0;
};

}  // namespace ts::trace
