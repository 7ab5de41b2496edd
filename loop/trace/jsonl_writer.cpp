#include "trace/jsonl_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "trace/json_text.hpp"

namespace ts::trace {

void format_event_json(std::string& out, const Event& e, const StringTable& strings) {
  const KindInfo& info = kind_info(e.kind);
  out += "{\"seq\":";
  append_uint(out, e.seq);
  out += ",\"t\":";
  append_uint(out, e.t);
  out += ",\"kind\":\"";
  out += info.name;
  out += "\",\"iter\":";
  append_uint(out, e.iter);
  out += ",\"phase\":\"";
  out += phase_name(e.phase);
  out += "\",\"id\":";
  append_uint(out, e.id);
  out += ",\"cause\":";
  append_uint(out, e.cause);
  out += ",\"data\":{";
  for (size_t i = 0; i < info.field_count; ++i) {
    if (i > 0) out.push_back(',');
    out.push_back('"');
    out += info.fields[i].name;
    out += "\":";
    const int64_t v = e.arg[i];
    switch (info.fields[i].type) {
      case FieldType::I: append_int(out, v); break;
      case FieldType::B: out += v ? "true" : "false"; break;
      case FieldType::F: {
        double d;
        std::memcpy(&d, &v, sizeof d);
        append_double(out, d);
        break;
      }
      case FieldType::S: append_json_string(out, strings.get(static_cast<uint32_t>(v))); break;
      case FieldType::None: out += "null"; break;
    }
  }
  out += "}}";
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
  format_meta_json(buffer_, meta);
  buffer_.push_back('\n');
  write_out();
}

JsonlWriter::~JsonlWriter() { finish(); }

void JsonlWriter::write(const EventLog& log, const StringTable& strings, size_t from, size_t to) {
  if (fd_ < 0) return;
  for (size_t i = from; i < to; ++i) {
    format_event_json(buffer_, log[i], strings);
    buffer_.push_back('\n');
    if (buffer_.size() >= (1u << 16)) write_out();
  }
  write_out();
}

void JsonlWriter::finish() {
  if (fd_ < 0) return;
  write_out();
  ::close(fd_);
  fd_ = -1;
}

void JsonlWriter::write_out() {
  // After a failed write (disk full) nothing more goes out: the file keeps
  // whole lines up to the failure, and error() says why it stops there.
  if (!error_.empty()) {
    buffer_.clear();
    return;
  }
  size_t off = 0;
  while (off < buffer_.size()) {
    const ssize_t n = ::write(fd_, buffer_.data() + off, buffer_.size() - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = std::strerror(errno);
      break;
    }
    off += static_cast<size_t>(n);
  }
  buffer_.clear();
}

}  // namespace ts::trace
