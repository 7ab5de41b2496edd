// JsonlWriter: the --trace file, JSON Lines.
//
// Line 1 is a metadata object; then one event per line, e.g.
//   {"seq":7,"t":81234,"kind":"timer.insert","iter":0,"phase":"main","id":4,
//    "cause":1,"data":{"ms":10,"expiry":11,"repeat":false}}
// The file only ever holds complete lines: events are formatted into a buffer
// and written with write(2) a batch at a time, so a run that is cut off still
// leaves a file in which every line parses. docs/trace-format.md describes it.
//
// Formatting is the hot part of tracing to a file (about 125 bytes per event):
// the constant text around the numbers is precomputed per kind and phase, and
// a line is a few memcpy and to_chars calls into a raw buffer, with no
// std::string appends. The `tickscope run` recorder calls write() on its
// writer thread (recorder.hpp), off the runtime thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "trace/recorder.hpp"

namespace ts::trace {

struct TraceMeta {
  std::string tickscope_version;
  std::string duktape_version;
  std::string libuv_version;
  std::vector<std::string> argv;
  std::string clock;  // "monotonic" or "virtual"
  std::string script;
  int64_t pid = 0;
  int64_t start_unix_ms = 0;
};

// Formats one event as a JSON object (no newline), exactly as a trace line.
void format_event_json(std::string& out, const Event& e, const StringTable& strings);
// Formats the metadata line's object.
void format_meta_json(std::string& out, const TraceMeta& meta);

class JsonlWriter : public Sink {
 public:
  // Opens (truncates) path; ok() tells whether it worked, error() why not.
  JsonlWriter(const std::string& path, const TraceMeta& meta);
  ~JsonlWriter() override;
  JsonlWriter(const JsonlWriter&) = delete;
  JsonlWriter& operator=(const JsonlWriter&) = delete;

  bool ok() const { return fd_ >= 0; }
  const std::string& error() const { return error_; }

  void write(const EventLog& log, const StringTable& strings, size_t from, size_t to) override;
  void finish() override;

 private:
  // Room for n more bytes at the end of the buffer (valid until the next call).
  char* room(size_t n);
  void write_out();

  int fd_ = -1;
  std::string error_;
  // The lines not yet written: a raw buffer, so that making room for a line
  // does not zero it first (std::string::resize would).
  std::unique_ptr<char[]> buffer_;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

}  // namespace ts::trace
