#include "trace/jsonl_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <string_view>

#include "trace/json_text.hpp"

namespace ts::trace {

namespace {

// The constant text of a line, built once from the kind table: everything
// between the numbers and strings of an event.
struct KindText {
  std::string head;                            // ,"kind":"timer.insert","iter":
  std::array<std::string, kMaxFields> fields;  // "ms":  ,"expiry":  ,"repeat":
  size_t max_fixed = 0;                        // the longest line, strings aside
};

struct LineText {
  std::array<KindText, kEventKindCount> kinds;
  std::array<std::string, static_cast<size_t>(Phase::Count)> phases;  // ,"phase":"main","id":
};

constexpr char kSeq[] = "{\"seq\":";
constexpr char kTime[] = ",\"t\":";
constexpr char kCause[] = ",\"cause\":";
constexpr char kData[] = ",\"data\":{";
constexpr char kEnd[] = "}}\n";

LineText build_line_text() {
  LineText text;
  size_t longest_phase = 0;
  for (size_t i = 0; i < text.phases.size(); ++i) {
    text.phases[i] = ",\"phase\":\"" + std::string(phase_name(static_cast<Phase>(i))) + "\",\"id\":";
    longest_phase = std::max(longest_phase, text.phases[i].size());
  }
  for (size_t k = 0; k < kEventKindCount; ++k) {
    const KindInfo& info = kind_info(static_cast<EventKind>(k));
    KindText& kt = text.kinds[k];
    kt.head = std::string(",\"kind\":\"") + info.name + "\",\"iter\":";
    // seq, t, iter, id and cause are numbers; so is every field but strings.
    kt.max_fixed = sizeof kSeq + sizeof kTime + kt.head.size() + longest_phase + sizeof kCause +
                   sizeof kData + sizeof kEnd + 5 * kNumberMax;
    for (size_t f = 0; f < info.field_count; ++f) {
      kt.fields[f] = std::string(f > 0 ? "," : "") + "\"" + info.fields[f].name + "\":";
      kt.max_fixed += kt.fields[f].size() + kNumberMax;
    }
  }
  return text;
}

const LineText& line_text() {
  static const LineText text = build_line_text();
  return text;
}

template <size_t N>
char* put(char* p, const char (&literal)[N]) {
  std::memcpy(p, literal, N - 1);
  return p + N - 1;
}

char* put(char* p, const std::string& s) {
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}

// An event's string fields, looked up once: their lengths size the line.
struct LineStrings {
  std::array<std::string_view, kMaxFields> values;
  size_t max_size = 0;  // what they can take as JSON string literals
};

LineStrings line_strings(const Event& e, const StringTable& strings) {
  LineStrings out;
  const KindInfo& info = kind_info(e.kind);
  for (size_t i = 0; i < info.field_count; ++i) {
    if (info.fields[i].type != FieldType::S) continue;
    out.values[i] = strings.get(static_cast<uint32_t>(e.arg[i]));
    out.max_size += json_string_max(out.values[i].size());
  }
  return out;
}

// Writes e's line, newline included, at p, which has room for
// kinds[e.kind].max_fixed + str.max_size bytes; returns its end.
char* write_line(char* p, const Event& e, const LineStrings& str, const LineText& text) {
  const KindInfo& info = kind_info(e.kind);
  const KindText& kt = text.kinds[static_cast<size_t>(e.kind)];
  p = put(p, kSeq);
  p = write_uint(p, e.seq);
  p = put(p, kTime);
  p = write_uint(p, e.t);
  p = put(p, kt.head);
  p = write_uint(p, e.iter);
  p = put(p, text.phases[static_cast<size_t>(e.phase)]);
  p = write_uint(p, e.id);
  p = put(p, kCause);
  p = write_uint(p, e.cause);
  p = put(p, kData);
  for (size_t i = 0; i < info.field_count; ++i) {
    p = put(p, kt.fields[i]);
    const int64_t v = e.arg[i];
    switch (info.fields[i].type) {
      case FieldType::I: p = write_int(p, v); break;
      case FieldType::B: p = v ? put(p, "true") : put(p, "false"); break;
      case FieldType::F: {
        double d;
        std::memcpy(&d, &v, sizeof d);
        p = write_double(p, d);
        break;
      }
      case FieldType::S: p = write_json_string(p, str.values[i]); break;
      case FieldType::None: p = put(p, "null"); break;
    }
  }
  return put(p, kEnd);
}

// Lines are written out once this much is buffered; a buffer grown past
// kShrinkAbove (a huge string) is given back after the write.
constexpr size_t kWriteAt = 256 * 1024;
constexpr size_t kShrinkAbove = 4 * 1024 * 1024;

}  // namespace

void format_event_json(std::string& out, const Event& e, const StringTable& strings) {
  const LineText& text = line_text();
  const LineStrings str = line_strings(e, strings);
  const size_t old = out.size();
  out.resize(old + text.kinds[static_cast<size_t>(e.kind)].max_fixed + str.max_size);
  char* end = write_line(out.data() + old, e, str, text);
  out.resize(static_cast<size_t>(end - out.data()) - 1);  // without the newline
}

void format_meta_json(std::string& out, const TraceMeta& meta) {
  out += "{\"tickscope\":";
  append_json_string(out, meta.tickscope_version);
  out += ",\"format\":1,\"duktape\":";
  append_json_string(out, meta.duktape_version);
  out += ",\"libuv\":";
  append_json_string(out, meta.libuv_version);
  out += ",\"clock\":";
  append_json_string(out, meta.clock);
  out += ",\"script\":";
  append_json_string(out, meta.script);
  out += ",\"argv\":[";
  for (size_t i = 0; i < meta.argv.size(); ++i) {
    if (i > 0) out.push_back(',');
    append_json_string(out, meta.argv[i]);
  }
  out += "],\"pid\":";
  append_int(out, meta.pid);
  out += ",\"start_unix_ms\":";
  append_int(out, meta.start_unix_ms);
  out += ",\"phases\":[\"main\",\"timers\",\"pending\",\"idle\",\"prepare\",\"poll\",\"check\","
         "\"close\",\"exit\"]}";
}

JsonlWriter::JsonlWriter(const std::string& path, const TraceMeta& meta) {
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    error_ = std::strerror(errno);
    return;
  }
  std::string line;
  format_meta_json(line, meta);
  line.push_back('\n');
  char* p = room(line.size());
  std::memcpy(p, line.data(), line.size());
  size_ += line.size();
  write_out();
}

JsonlWriter::~JsonlWriter() { finish(); }

void JsonlWriter::write(const EventLog& log, const StringTable& strings, size_t from, size_t to) {
  if (fd_ < 0) return;
  const LineText& text = line_text();
  for (size_t i = from; i < to; ++i) {
    const Event& e = log[i];
    const LineStrings str = line_strings(e, strings);
    char* p = room(text.kinds[static_cast<size_t>(e.kind)].max_fixed + str.max_size);
    size_ = static_cast<size_t>(write_line(p, e, str, text) - buffer_.get());
    if (size_ >= kWriteAt) write_out();
  }
  write_out();
}

void JsonlWriter::finish() {
  if (fd_ < 0) return;
  write_out();
  ::close(fd_);
  fd_ = -1;
}

char* JsonlWriter::room(size_t n) {
  if (capacity_ - size_ < n) {
    const size_t capacity = std::max(size_ + n, std::max(capacity_ * 2, kWriteAt + 4096));
    std::unique_ptr<char[]> bigger(new char[capacity]);
    if (size_ > 0) std::memcpy(bigger.get(), buffer_.get(), size_);
    buffer_ = std::move(bigger);
    capacity_ = capacity;
  }
  return buffer_.get() + size_;
}

void JsonlWriter::write_out() {
  // After a failed write (disk full) nothing more goes out: the file keeps
  // whole lines up to the failure, and error() says why it stops there.
  size_t off = 0;
  while (error_.empty() && off < size_) {
    const ssize_t n = ::write(fd_, buffer_.get() + off, size_ - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = std::strerror(errno);
      break;
    }
    off += static_cast<size_t>(n);
  }
  size_ = 0;
  if (capacity_ > kShrinkAbove) {
    buffer_.reset();
    capacity_ = 0;
  }
}

}  // namespace ts::trace
