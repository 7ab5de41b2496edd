#include "file_load.hpp"

namespace ts::viz {

FileLoad::FileLoad(const std::string& path, size_t capacity) : reader_(path), log_(capacity) {
  if (!reader_.ok()) {
    finished_ = true;
    return;
  }
  has_meta_ = reader_.read_meta(&meta_);
  thread_ = std::thread([this] {
    reader_.read_events(log_, strings_, &cancel_);
    finished_.store(true, std::memory_order_release);
  });
}

FileLoad::~FileLoad() {
  cancel_ = true;
  if (thread_.joinable()) thread_.join();
}

double FileLoad::progress() const {
  if (finished()) return 1.0;
  const uint64_t size = reader_.file_size();
  return size == 0 ? 0.0 : static_cast<double>(reader_.bytes_read()) / static_cast<double>(size);
}

}  // namespace ts::viz
