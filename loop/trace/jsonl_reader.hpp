// JsonlReader: reads a --trace file (docs/trace-format.md) back into the
// trace model: the metadata line into a TraceMeta, every event line into an
// EventLog and its strings into a StringTable, exactly as the Recorder had
// them. The visualizer opens saved traces with it; it is the inverse of
// JsonlWriter (tests/unit/test_jsonl_reader.cpp round-trips the two).
//
// HOW. The format is ours and flat, so a small hand-written scanner reads it
// (about 4x faster than a general JSON library: a million events take well
// under a second). Keys are matched by name, not position; `data` fields are
// matched against the kind's fields in event_kinds.def, so a trace from an
// older tickscope with fewer fields still reads. Lines that do not parse, and
// kinds this build does not know, are counted and skipped, never fatal: a
// trace cut off by a crash still opens.
//
// Threading: read_events() is the log's one writer, so it may run on a
// loader thread while the UI reads the log as it grows (EventLog's rule).
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "trace/event_log.hpp"
#include "trace/jsonl_writer.hpp"
#include "trace/string_table.hpp"

namespace ts::trace {

struct JsonlReadStats {
  uint64_t lines = 0;          // lines seen (the metadata line included)
  uint64_t events = 0;         // events appended to the log
  uint64_t bad_lines = 0;      // lines that did not parse
  uint64_t unknown_kinds = 0;  // events of kinds this build does not know
  uint64_t dropped = 0;        // events that did not fit in the log
  std::string first_error;     // "line 7: ..." for the first bad line
};

// One event line (without the newline) into *out; strings are interned into
// `strings`. False, with a reason in *error, when the line is not an event.
bool parse_event_json(std::string_view line, Event* out, StringTable& strings, std::string* error);
// The metadata line. False when the line is not a metadata object.
bool parse_meta_json(std::string_view line, TraceMeta* out, std::string* error);

class JsonlReader {
 public:
  // Opens path; ok() tells whether it worked, error() why not.
  explicit JsonlReader(const std::string& path);
  ~JsonlReader();
  JsonlReader(const JsonlReader&) = delete;
  JsonlReader& operator=(const JsonlReader&) = delete;

  bool ok() const { return fd_ >= 0; }
  const std::string& error() const { return error_; }

  // Reads the first line. True when it is a metadata line (then *meta is
  // filled); a trace without one still reads (its first line is an event).
  bool read_meta(TraceMeta* meta);
  // Reads every event to the end of the file (or until *cancel is set) and
  // appends them to log. Call once, after read_meta.
  void read_events(EventLog& log, StringTable& strings, const std::atomic<bool>* cancel = nullptr);

  // Any thread: progress for a loading bar.
  uint64_t file_size() const { return file_size_; }
  uint64_t bytes_read() const { return bytes_read_.load(std::memory_order_relaxed); }
  // After read_events returned.
  const JsonlReadStats& stats() const { return stats_; }

 private:
  // The next complete line, or false at the end of the file.
  bool next_line(std::string_view* line);
  void handle_event_line(std::string_view line, EventLog& log, StringTable& strings);

  int fd_ = -1;
  std::string error_;
  uint64_t file_size_ = 0;
  std::atomic<uint64_t> bytes_read_{0};
  std::string buffer_;
  size_t pos_ = 0;  // start of the unread part of buffer_
  bool eof_ = false;
  bool pending_first_line_ = false;  // read_meta saw an event line: not consumed
  std::string first_line_;
  JsonlReadStats stats_;
};

}  // namespace ts::trace
