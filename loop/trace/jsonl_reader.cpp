#include "trace/jsonl_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

namespace ts::trace {
namespace {

// A forward-only scanner over one line of JSON.
class Scanner {
 public:
  explicit Scanner(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  bool failed() const { return failed_; }
  const char* error() const { return error_; }
  bool at_end() {
    ws();
    return p_ == end_;
  }

  void ws() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\r' || *p_ == '\n')) ++p_;
  }
  bool peek(char c) {
    ws();
    return p_ < end_ && *p_ == c;
  }
  bool expect(char c) {
    ws();
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return fail(c == '{' ? "expected an object" : "malformed JSON");
  }
  // After '{' or ',': true and the key when there is another member.
  bool next_key(bool first, std::string_view* key, std::string* scratch) {
    ws();
    if (p_ < end_ && *p_ == '}') {
      ++p_;
      return false;
    }
    if (!first && !expect(',')) return false;
    if (!string(key, scratch)) return false;
    return expect(':');
  }
  // A string value; *out views the line when it has no escapes, else scratch.
  bool string(std::string_view* out, std::string* scratch) {
    ws();
    if (p_ >= end_ || *p_ != '"') return fail("expected a string");
    const char* start = ++p_;
    while (p_ < end_ && *p_ != '"' && *p_ != '\\') ++p_;
    if (p_ < end_ && *p_ == '"') {
      *out = std::string_view(start, static_cast<size_t>(p_ - start));
      ++p_;
      return true;
    }
    scratch->assign(start, static_cast<size_t>(p_ - start));
    while (p_ < end_ && *p_ != '"') {
      if (*p_ != '\\') {
        scratch->push_back(*p_++);
        continue;
      }
      if (++p_ >= end_) break;
      const char c = *p_++;
      switch (c) {
        case '"': scratch->push_back('"'); break;
        case '\\': scratch->push_back('\\'); break;
        case '/': scratch->push_back('/'); break;
        case 'b': scratch->push_back('\b'); break;
        case 'f': scratch->push_back('\f'); break;
        case 'n': scratch->push_back('\n'); break;
        case 'r': scratch->push_back('\r'); break;
        case 't': scratch->push_back('\t'); break;
        case 'u': {
          uint32_t cp;
          if (!hex4(&cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF && end_ - p_ >= 6 && p_[0] == '\\' && p_[1] == 'u') {
            const char* save = p_;
            p_ += 2;
            uint32_t lo;
            if (hex4(&lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else {
              failed_ = false;
              p_ = save;
              cp = 0xFFFD;
            }
          } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;  // a lone surrogate is not UTF-8
          }
          append_utf8(scratch, cp);
          break;
        }
        default: return fail("bad escape in a string");
      }
    }
    if (p_ >= end_) return fail("unterminated string");
    ++p_;
    *out = *scratch;
    return true;
  }
  // Numbers: integers exactly (int64 or uint64), others through strtod.
  bool number(int64_t* out, double* as_double, bool* is_integer) {
    ws();
    const char* start = p_;
    bool neg = false;
    if (p_ < end_ && *p_ == '-') {
      neg = true;
      ++p_;
    }
    uint64_t v = 0;
    const char* digits = p_;
    while (p_ < end_ && *p_ >= '0' && *p_ <= '9') v = v * 10 + static_cast<uint64_t>(*p_++ - '0');
    if (p_ == digits) return fail("expected a number");
    if (p_ < end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E')) {
      while (p_ < end_ && (std::strchr("+-.eE0123456789", *p_) != nullptr)) ++p_;
      const std::string text(start, static_cast<size_t>(p_ - start));
      *as_double = std::strtod(text.c_str(), nullptr);
      *out = static_cast<int64_t>(*as_double);
      *is_integer = false;
      return true;
    }
    *out = neg ? -static_cast<int64_t>(v) : static_cast<int64_t>(v);
    *as_double = static_cast<double>(*out);
    *is_integer = true;
    return true;
  }
  bool uint(uint64_t* out) {
    int64_t v;
    double d;
    bool integer;
    if (!number(&v, &d, &integer)) return false;
    *out = static_cast<uint64_t>(v);
    return true;
  }
  // true, false or null; *out is 1 for true.
  bool literal(int64_t* out) {
    ws();
    auto take = [this](const char* word, int64_t value, int64_t* o) {
      const size_t n = std::strlen(word);
      if (static_cast<size_t>(end_ - p_) >= n && std::memcmp(p_, word, n) == 0) {
        p_ += n;
        *o = value;
        return true;
      }
      return false;
    };
    if (take("true", 1, out) || take("false", 0, out) || take("null", 0, out)) return true;
    return fail("expected true, false or null");
  }
  // Skips any value (for keys we do not know).
  bool skip() {
    ws();
    if (p_ >= end_) return fail("missing value");
    std::string scratch;
    std::string_view sv;
    switch (*p_) {
      case '"': return string(&sv, &scratch);
      case '{':
      case '[': {
        const char open = *p_;
        const char close = open == '{' ? '}' : ']';
        ++p_;
        bool first = true;
        while (!peek(close)) {
          if (!first && !expect(',')) return false;
          first = false;
          if (open == '{') {
            if (!string(&sv, &scratch) || !expect(':')) return false;
          }
          if (!skip()) return false;
        }
        ++p_;
        return true;
      }
      case 't':
      case 'f':
      case 'n': {
        int64_t v;
        return literal(&v);
      }
      default: {
        int64_t v;
        double d;
        bool integer;
        return number(&v, &d, &integer);
      }
    }
  }
  const char* pos() const { return p_; }
  void set_pos(const char* p) { p_ = p; }
  bool fail(const char* why) {
    if (!failed_) error_ = why;
    failed_ = true;
    return false;
  }

 private:
  bool hex4(uint32_t* out) {
    if (end_ - p_ < 4) return fail("short \\u escape");
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = *p_++;
      v <<= 4;
      if (c >= '0' && c <= '9') {
        v |= static_cast<uint32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        v |= static_cast<uint32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        v |= static_cast<uint32_t>(c - 'A' + 10);
      } else {
        return fail("bad \\u escape");
      }
    }
    *out = v;
    return true;
  }
  static void append_utf8(std::string* s, uint32_t cp) {
    if (cp < 0x80) {
      s->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      s->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      s->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      s->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      s->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      s->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      s->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      s->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      s->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      s->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  const char* p_;
  const char* end_;
  bool failed_ = false;
  const char* error_ = "";
};

// Kind names to kinds, built once (a linear search per line would cost more
// than the parse).
const std::unordered_map<std::string_view, EventKind>& kinds_by_name() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string_view, EventKind>();
    for (size_t i = 0; i < kEventKindCount; ++i) {
      const auto kind = static_cast<EventKind>(i);
      m->emplace(kind_info(kind).name, kind);
    }
    return m;
  }();
  return *map;
}

// The data object of a kind: each known field into its slot of e->arg.
bool parse_data(Scanner& in, Event* e, StringTable& strings) {
  const KindInfo& info = kind_info(e->kind);
  if (!in.expect('{')) return false;
  std::string key_scratch;
  std::string value_scratch;
  std::string_view key;
  bool first = true;
  while (in.next_key(first, &key, &key_scratch)) {
    first = false;
    size_t slot = info.field_count;
    for (size_t i = 0; i < info.field_count; ++i) {
      if (key == info.fields[i].name) {
        slot = i;
        break;
      }
    }
    if (slot == info.field_count) {
      if (!in.skip()) return false;
      continue;
    }
    int64_t v = 0;
    switch (info.fields[slot].type) {
      case FieldType::S: {
        if (in.peek('n')) {
          if (!in.literal(&v)) return false;
          break;
        }
        std::string_view s;
        if (!in.string(&s, &value_scratch)) return false;
        v = strings.intern(s);
        break;
      }
      case FieldType::B:
        if (!in.literal(&v)) return false;
        break;
      case FieldType::I: {
        if (in.peek('n') || in.peek('t') || in.peek('f')) {
          if (!in.literal(&v)) return false;
          break;
        }
        double d;
        bool integer;
        if (!in.number(&v, &d, &integer)) return false;
        break;
      }
      case FieldType::F: {
        double d = 0;
        if (in.peek('n')) {
          if (!in.literal(&v)) return false;
          d = 0;
        } else {
          bool integer;
          if (!in.number(&v, &d, &integer)) return false;
        }
        std::memcpy(&v, &d, sizeof v);
        break;
      }
      case FieldType::None:
        if (!in.skip()) return false;
        break;
    }
    e->arg[slot] = v;
  }
  return !in.failed();
}

}  // namespace

bool parse_event_json(std::string_view line, Event* out, StringTable& strings, std::string* error) {
  Scanner in(line);
  Event e{};
  bool have_kind = false;
  bool have_seq = false;
  const char* data_at = nullptr;  // `data` may come before `kind`: parsed last
  std::string key_scratch;
  std::string value_scratch;
  std::string_view key;
  if (!in.expect('{')) {
    if (error != nullptr) *error = in.error();
    return false;
  }
  bool first = true;
  while (in.next_key(first, &key, &key_scratch)) {
    first = false;
    uint64_t u = 0;
    if (key == "seq") {
      if (!in.uint(&e.seq)) break;
      have_seq = true;
    } else if (key == "t") {
      if (!in.uint(&e.t)) break;
    } else if (key == "iter") {
      if (!in.uint(&u)) break;
      e.iter = static_cast<uint32_t>(u);
    } else if (key == "id") {
      if (!in.uint(&u)) break;
      e.id = static_cast<uint32_t>(u);
    } else if (key == "cause") {
      if (!in.uint(&u)) break;
      e.cause = static_cast<uint32_t>(u);
    } else if (key == "kind") {
      std::string_view name;
      if (!in.string(&name, &value_scratch)) break;
      const auto& map = kinds_by_name();
      const auto it = map.find(name);
      if (it == map.end()) {
        if (error != nullptr) *error = "unknown kind " + std::string(name);
        return false;
      }
      e.kind = it->second;
      have_kind = true;
    } else if (key == "phase") {
      std::string_view name;
      if (!in.string(&name, &value_scratch)) break;
      if (!phase_from_name(name, &e.phase)) {
        if (error != nullptr) *error = "unknown phase " + std::string(name);
        return false;
      }
    } else if (key == "data") {
      data_at = in.pos();
      if (!in.skip()) break;
    } else {
      if (!in.skip()) break;
    }
  }
  if (!in.failed() && !in.at_end()) in.fail("text after the object");
  if (!in.failed() && (!have_kind || !have_seq)) in.fail("not an event (no seq or kind)");
  if (!in.failed() && data_at != nullptr) {
    const char* end = in.pos();
    in.set_pos(data_at);
    parse_data(in, &e, strings);
    in.set_pos(end);
  }
  if (in.failed()) {
    if (error != nullptr) *error = in.error();
    return false;
  }
  *out = e;
  return true;
}

bool parse_meta_json(std::string_view line, TraceMeta* out, std::string* error) {
  Scanner in(line);
  TraceMeta meta;
  bool is_meta = false;
  std::string key_scratch;
  std::string value_scratch;
  std::string_view key;
  if (!in.expect('{')) {
    if (error != nullptr) *error = in.error();
    return false;
  }
  auto read_string = [&](std::string* dst) {
    std::string_view s;
    if (!in.string(&s, &value_scratch)) return false;
    dst->assign(s.data(), s.size());
    return true;
  };
  bool first = true;
  while (in.next_key(first, &key, &key_scratch)) {
    first = false;
    bool ok = true;
    if (key == "tickscope") {
      ok = read_string(&meta.tickscope_version);
      is_meta = true;
    } else if (key == "duktape") {
      ok = read_string(&meta.duktape_version);
    } else if (key == "libuv") {
      ok = read_string(&meta.libuv_version);
    } else if (key == "clock") {
      ok = read_string(&meta.clock);
    } else if (key == "script") {
      ok = read_string(&meta.script);
    } else if (key == "pid" || key == "start_unix_ms") {
      int64_t v;
      double d;
      bool integer;
      ok = in.number(&v, &d, &integer);
      (key == "pid" ? meta.pid : meta.start_unix_ms) = v;
    } else if (key == "argv") {
      ok = in.expect('[');
      bool first_item = true;
      while (ok && !in.peek(']')) {
        if (!first_item && !in.expect(',')) {
          ok = false;
          break;
        }
        first_item = false;
        std::string arg;
        ok = read_string(&arg);
        meta.argv.push_back(std::move(arg));
      }
      if (ok) ok = in.expect(']');
    } else {
      ok = in.skip();
    }
    if (!ok) break;
  }
  if (!in.failed() && !is_meta) in.fail("not a metadata line (no \"tickscope\" field)");
  if (in.failed()) {
    if (error != nullptr) *error = in.error();
    return false;
  }
  *out = std::move(meta);
  return true;
}

JsonlReader::JsonlReader(const std::string& path) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) {
    error_ = std::strerror(errno);
    return;
  }
  struct stat st;
  if (::fstat(fd_, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      error_ = "is a directory";
      ::close(fd_);
      fd_ = -1;
      return;
    }
    file_size_ = static_cast<uint64_t>(st.st_size);
  }
}

JsonlReader::~JsonlReader() {
  if (fd_ >= 0) ::close(fd_);
}

bool JsonlReader::next_line(std::string_view* line) {
  constexpr size_t kBlock = size_t{4} << 20;
  for (;;) {
    const size_t nl = buffer_.find('\n', pos_);
    if (nl != std::string::npos) {
      *line = std::string_view(buffer_.data() + pos_, nl - pos_);
      pos_ = nl + 1;
      return true;
    }
    if (eof_) {
      if (pos_ < buffer_.size()) {  // a last line without a newline
        *line = std::string_view(buffer_.data() + pos_, buffer_.size() - pos_);
        pos_ = buffer_.size();
        return true;
      }
      return false;
    }
    // Keep the partial line, read the next block after it.
    buffer_.erase(0, pos_);
    pos_ = 0;
    const size_t have = buffer_.size();
    buffer_.resize(have + kBlock);
    ssize_t n;
    do {
      n = ::read(fd_, &buffer_[have], kBlock);
    } while (n < 0 && errno == EINTR);
    if (n <= 0) {
      if (n < 0) error_ = std::strerror(errno);
      eof_ = true;
      n = 0;
    }
    buffer_.resize(have + static_cast<size_t>(n));
    bytes_read_.fetch_add(static_cast<uint64_t>(n), std::memory_order_relaxed);
  }
}

bool JsonlReader::read_meta(TraceMeta* meta) {
  if (fd_ < 0) return false;
  std::string_view line;
  if (!next_line(&line)) return false;
  ++stats_.lines;
  std::string why;
  if (parse_meta_json(line, meta, &why)) return true;
  first_line_.assign(line.data(), line.size());
  pending_first_line_ = true;
  return false;
}

void JsonlReader::handle_event_line(std::string_view line, EventLog& log, StringTable& strings) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  if (line.empty()) return;
  Event e;
  std::string why;
  if (!parse_event_json(line, &e, strings, &why)) {
    if (why.rfind("unknown kind", 0) == 0) {
      ++stats_.unknown_kinds;
    } else {
      ++stats_.bad_lines;
    }
    if (stats_.first_error.empty()) {
      stats_.first_error = "line " + std::to_string(stats_.lines) + ": " + why;
    }
    return;
  }
  Event* slot = log.append();
  if (slot == nullptr) {
    ++stats_.dropped;
    return;
  }
  *slot = e;
  log.publish();
  ++stats_.events;
}

void JsonlReader::read_events(EventLog& log, StringTable& strings,
                              const std::atomic<bool>* cancel) {
  if (fd_ < 0) return;
  if (pending_first_line_) {
    pending_first_line_ = false;
    handle_event_line(first_line_, log, strings);
    first_line_.clear();
  }
  std::string_view line;
  while (next_line(&line)) {
    ++stats_.lines;
    handle_event_line(line, log, strings);
    if (cancel != nullptr && (stats_.lines & 1023) == 0 &&
        cancel->load(std::memory_order_relaxed)) {
      break;
    }
  }
  buffer_.clear();
  buffer_.shrink_to_fit();
}

}  // namespace ts::trace
