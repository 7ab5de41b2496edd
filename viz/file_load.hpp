// FileLoad: a saved --trace file read into an EventLog on a loader thread
// (trace/jsonl_reader.hpp), so the UI shows it filling in, exactly like a
// live run's log.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "trace/event_log.hpp"
#include "trace/jsonl_reader.hpp"
#include "trace/string_table.hpp"

namespace ts::viz {

class FileLoad {
 public:
  // capacity: the most events kept (64 bytes each).
  // (4 million: 256 MB of events, about 1 GB with the model built on them.)
  explicit FileLoad(const std::string& path, size_t capacity = 4'000'000);
  ~FileLoad();
  FileLoad(const FileLoad&) = delete;
  FileLoad& operator=(const FileLoad&) = delete;

  bool ok() const { return reader_.ok(); }
  const std::string& error() const { return reader_.error(); }
  bool has_meta() const { return has_meta_; }
  const trace::TraceMeta& meta() const { return meta_; }
  const trace::EventLog& log() const { return log_; }
  const trace::StringTable& strings() const { return strings_; }
  bool finished() const { return finished_.load(std::memory_order_acquire); }
  // 0..1, from the bytes read.
  double progress() const;
  // After finished().
  const trace::JsonlReadStats& stats() const { return reader_.stats(); }

 private:
  trace::JsonlReader reader_;
  trace::TraceMeta meta_;
  bool has_meta_ = false;
  trace::EventLog log_;
  trace::StringTable strings_;
  std::atomic<bool> cancel_{false};
  std::atomic<bool> finished_{false};
  std::thread thread_;
};

}  // namespace ts::viz
