#include "trace/chrome_trace_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "trace/json_text.hpp"

namespace ts::trace {
namespace {

constexpr int kLoopTid = 1;
constexpr int kPoolTidBase = 10;

std::string_view str(const StringTable& strings, int64_t id) {
  return strings.get(static_cast<uint32_t>(id));
}

std::string short_text(std::string_view s, size_t max) {
  std::string out(s.substr(0, max));
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  if (s.size() > max) out += "...";
  return out;
}

std::string basename_of(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

}  // namespace

ChromeTraceWriter::ChromeTraceWriter(const std::string& path, const TraceMeta& meta) {
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    error_ = std::strerror(errno);
    return;
  }
  // displayTimeUnit must come first: Perfetto only honours it there.
  buf_ += "{\"displayTimeUnit\":\"ns\",\"otherData\":";
  format_meta_json(buf_, meta);
  buf_ += ",\"traceEvents\":[\n";
  process_name("tickscope " + meta.script);
  thread_name(kLoopTid, "event loop");
}

ChromeTraceWriter::~ChromeTraceWriter() { finish(); }

void ChromeTraceWriter::start_event() {
  if (!first_) buf_ += ",\n";
  first_ = false;
}

void ChromeTraceWriter::pid_field() {
  buf_ += "\"pid\":";
  append_int(buf_, pid_);
}

void ChromeTraceWriter::process_name(const std::string& name) {
  start_event();
  buf_ += "{\"ph\":\"M\",\"name\":\"process_name\",";
  pid_field();
  buf_ += ",\"args\":{\"name\":";
  append_json_string(buf_, name);
  buf_ += "}}";
}

void ChromeTraceWriter::begin_process(int pid, const std::string& name, uint64_t offset_ns,
                                      uint64_t id_base) {
  // Close the previous process's open slices at its last time, then start
  // afresh: every counter and open request belongs to one process.
  while (!stack_.empty()) end(last_t_);
  pid_ = pid;
  offset_ns_ = offset_ns;
  id_base_ = id_base;
  ticks_ = microtasks_ = immediates_ = timers_ = slab_size_ = 0;
  open_timers_.clear();
  open_requests_.clear();
  pool_threads_named_.clear();
  cross_flows_.clear();
  process_name(name);
  thread_name(kLoopTid, "event loop");
}

void ChromeTraceWriter::add_cross_flow(uint64_t seq, char ph, uint64_t flow_id) {
  cross_flows_[seq] = CrossFlow{ph, flow_id};
}

void ChromeTraceWriter::cross_flow(char ph, uint64_t t, uint64_t flow_id) {
  start_event();
  buf_ += "{\"ph\":\"";
  buf_.push_back(ph);
  buf_ += "\",\"name\":\"IPC message\",\"cat\":\"ipc\",\"id\":";
  append_uint(buf_, flow_id);
  buf_ += ",";
  pid_field();
  buf_ += ",\"tid\":1,\"ts\":";
  append_ts(t);
  if (ph == 'f') buf_ += ",\"bp\":\"e\"";
  buf_ += "}";
}

void ChromeTraceWriter::append_ts(uint64_t ns) {
  // Microseconds with nanosecond decimals.
  append_uint(buf_, ns / 1000);
  buf_.push_back('.');
  const uint64_t frac = ns % 1000;
  buf_.push_back(static_cast<char>('0' + frac / 100));
  buf_.push_back(static_cast<char>('0' + (frac / 10) % 10));
  buf_.push_back(static_cast<char>('0' + frac % 10));
}

void ChromeTraceWriter::thread_name(int tid, const std::string& name) {
  start_event();
  buf_ += "{\"ph\":\"M\",\"name\":\"thread_name\",";
  pid_field();
  buf_ += ",\"tid\":";
  append_int(buf_, tid);
  buf_ += ",\"args\":{\"name\":";
  append_json_string(buf_, name);
  buf_ += "}}";
}

void ChromeTraceWriter::complete(uint64_t ts, uint64_t dur, int tid, const std::string& name,
                                 const char* cat, const std::string& args_json) {
  start_event();
  buf_ += "{\"ph\":\"X\",\"name\":";
  append_json_string(buf_, name);
  buf_ += ",\"cat\":\"";
  buf_ += cat;
  buf_ += "\",";
  pid_field();
  buf_ += ",\"tid\":";
  append_int(buf_, tid);
  buf_ += ",\"ts\":";
  append_ts(ts);
  buf_ += ",\"dur\":";
  append_ts(dur);
  if (!args_json.empty()) {
    buf_ += ",\"args\":";
    buf_ += args_json;
  }
  buf_ += "}";
}

void ChromeTraceWriter::instant(uint64_t t, const std::string& name, const char* cat,
                                const std::string& args_json) {
  start_event();
  buf_ += "{\"ph\":\"i\",\"s\":\"t\",\"name\":";
  append_json_string(buf_, name);
  buf_ += ",\"cat\":\"";
  buf_ += cat;
  buf_ += "\",";
  pid_field();
  buf_ += ",\"tid\":1,\"ts\":";
  append_ts(t);
  if (!args_json.empty()) {
    buf_ += ",\"args\":";
    buf_ += args_json;
  }
  buf_ += "}";
}

void ChromeTraceWriter::flow(char ph, uint64_t t, uint32_t id) {
  start_event();
  buf_ += "{\"ph\":\"";
  buf_.push_back(ph);
  buf_ += "\",\"name\":\"scheduled\",\"cat\":\"flow\",\"id\":";
  append_uint(buf_, id_base_ + id);
  buf_ += ",";
  pid_field();
  buf_ += ",\"tid\":1,\"ts\":";
  append_ts(t);
  // The end binds to the enclosing slice: the callback, entered just before.
  if (ph == 'f') buf_ += ",\"bp\":\"e\"";
  buf_ += "}";
}

void ChromeTraceWriter::async(char ph, uint64_t t, uint32_t id, const std::string& name,
                              const char* cat) {
  start_event();
  buf_ += "{\"ph\":\"";
  buf_.push_back(ph);
  buf_ += "\",\"name\":";
  append_json_string(buf_, name);
  buf_ += ",\"cat\":\"";
  buf_ += cat;
  buf_ += "\",\"id\":";
  append_uint(buf_, id_base_ + id);
  buf_ += ",";
  pid_field();
  buf_ += ",\"ts\":";
  append_ts(t);
  buf_ += "}";
}

void ChromeTraceWriter::counter(uint64_t t, const char* name, int64_t value) {
  start_event();
  buf_ += "{\"ph\":\"C\",\"name\":\"";
  buf_ += name;
  buf_ += "\",";
  pid_field();
  buf_ += ",\"ts\":";
  append_ts(t);
  buf_ += ",\"args\":{\"value\":";
  append_int(buf_, value < 0 ? 0 : value);
  buf_ += "}}";
}

void ChromeTraceWriter::begin(uint64_t t, std::string name, const char* cat) {
  stack_.push_back(Open{t, std::move(name), cat});
}

void ChromeTraceWriter::end(uint64_t t) {
  if (stack_.empty()) return;
  Open open = std::move(stack_.back());
  stack_.pop_back();
  complete(open.t, t >= open.t ? t - open.t : 0, kLoopTid, open.name, open.cat, std::string());
}

void ChromeTraceWriter::on_event(const Event& e, const StringTable& strings) {
  last_t_ = e.t;
  switch (e.kind) {
    case EventKind::ScriptRunBegin:
      begin(e.t, "main script " + basename_of(str(strings, e.arg[0])), "script");
      break;
    case EventKind::IterBegin: begin(e.t, "iteration " + std::to_string(e.iter), "loop"); break;
    case EventKind::PhaseEnter: begin(e.t, std::string(phase_name(e.phase)), "phase"); break;
    case EventKind::DrainBegin: begin(e.t, "nextTicks + microtasks", "checkpoint"); break;
    case EventKind::ModuleLoad:
      begin(e.t, "load " + basename_of(str(strings, e.arg[0])), "module");
      break;
    case EventKind::CallbackEnter: {
      const std::string_view kind = str(strings, e.arg[0]);
      const std::string_view name = str(strings, e.arg[1]);
      begin(e.t, std::string(kind) + (name.empty() ? "" : " " + std::string(name)), "callback");
      if (e.cause != 0) flow('f', e.t + 1, e.id);
      if (kind == "tick") counter(e.t, "nextTick queue", --ticks_);
      if (kind == "microtask") counter(e.t, "microtask queue", --microtasks_);
      if (kind == "immediate") counter(e.t, "immediate queue", --immediates_);
      break;
    }
    case EventKind::ScriptRunEnd:
    case EventKind::IterEnd:
    case EventKind::PhaseLeave:
    case EventKind::DrainEnd:
    case EventKind::ModuleLoaded:
    case EventKind::CallbackExit: end(e.t); break;
    case EventKind::TickEnqueue:
      flow('s', e.t, e.id);
      counter(e.t, "nextTick queue", ++ticks_);
      break;
    case EventKind::MicrotaskEnqueue:
      flow('s', e.t, e.id);
      counter(e.t, "microtask queue", ++microtasks_);
      break;
    case EventKind::ImmediateEnqueue:
      flow('s', e.t, e.id);
      counter(e.t, "immediate queue", ++immediates_);
      break;
    case EventKind::ImmediateClear: counter(e.t, "immediate queue", --immediates_); break;
    case EventKind::TimerInsert: {
      flow('s', e.t, e.id);
      std::string name = "timer " + std::to_string(e.arg[0]) + " ms";
      async('b', e.t, e.id, name, "timer");
      open_timers_[e.id] = std::move(name);
      counter(e.t, "active timers", ++timers_);
      break;
    }
    case EventKind::TimerFire:
    case EventKind::TimerClear: {
      auto it = open_timers_.find(e.id);
      if (it == open_timers_.end()) break;
      async('e', e.t, e.id, it->second, "timer");
      open_timers_.erase(it);
      counter(e.t, "active timers", --timers_);
      break;
    }
    case EventKind::PoolQueue: {
      flow('s', e.t, e.id);
      std::string name = std::string(str(strings, e.arg[0])) + " " +
                         short_text(str(strings, e.arg[1]), 60);
      async('b', e.t, e.id, name, "request");
      open_requests_[e.id] = std::move(name);
      counter(e.t, "pool requests in flight", e.arg[2]);
      break;
    }
    case EventKind::PoolWork: {
      const int thread = static_cast<int>(e.arg[0]);
      if (thread >= 0) {
        if (static_cast<size_t>(thread) >= pool_threads_named_.size()) {
          pool_threads_named_.resize(static_cast<size_t>(thread) + 1, false);
        }
        if (!pool_threads_named_[static_cast<size_t>(thread)]) {
          pool_threads_named_[static_cast<size_t>(thread)] = true;
          thread_name(kPoolTidBase + thread, "threadpool #" + std::to_string(thread + 1));
        }
        const uint64_t start = static_cast<uint64_t>(e.arg[1]);
        const uint64_t stop = static_cast<uint64_t>(e.arg[2]);
        complete(start, stop >= start ? stop - start : 0, kPoolTidBase + thread,
                 std::string(str(strings, e.arg[3])), "pool", std::string());
      }
      auto it = open_requests_.find(e.id);
      if (it != open_requests_.end()) {
        async('e', e.t, e.id, it->second, "request");
        open_requests_.erase(it);
      }
      counter(e.t, "pool requests in flight", static_cast<int64_t>(open_requests_.size()));
      break;
    }
    case EventKind::ConsoleWrite: {
      std::string args = "{\"text\":";
      append_json_string(args, str(strings, e.arg[2]));
      args += "}";
      instant(e.t, std::string(str(strings, e.arg[0])) + ": " +
                       short_text(str(strings, e.arg[2]), 60),
              "console", args);
      break;
    }
    case EventKind::UncaughtError:
    case EventKind::Warning:
    case EventKind::Limit: {
      // name/which, then the message: arg[1] for the first two, arg[2] for
      // a limit (its arg[1] is the limit's number).
      const KindInfo& info = kind_info(e.kind);
      const int64_t message = e.kind == EventKind::Limit ? e.arg[2] : e.arg[1];
      instant(e.t,
              std::string(info.name) + ": " + std::string(str(strings, e.arg[0])) + " " +
                  short_text(str(strings, message), 80),
              "process", std::string());
      break;
    }
    // Buffer memory as counters: how full the current slab is, and all the
    // memory Buffers hold outside the JS heap. The rest stays in the JSONL.
    case EventKind::BufferSlabNew:
      slab_size_ = e.arg[0];
      counter(e.t, "slab used (bytes)", 0);
      break;
    case EventKind::BufferPoolTake:  // arg[3]: bytes left in the slab
      counter(e.t, "slab used (bytes)", slab_size_ - e.arg[3]);
      break;
    case EventKind::BufferExternal:
      counter(e.t, "external memory (bytes)", e.arg[0]);
      break;
    default:
      break;
  }
}

void ChromeTraceWriter::write(const EventLog& log, const StringTable& strings, size_t from,
                              size_t to) {
  if (fd_ < 0) return;
  for (size_t i = from; i < to; ++i) {
    Event e = log[i];
    e.t += offset_ns_;  // several processes on one time line (begin_process)
    on_event(e, strings);
    if (!cross_flows_.empty()) {
      auto it = cross_flows_.find(e.seq);
      if (it != cross_flows_.end()) cross_flow(it->second.ph, e.t, it->second.id);
    }
    if (buf_.size() >= (1u << 16)) flush_buffer(false);
  }
  flush_buffer(false);
}

void ChromeTraceWriter::finish() {
  if (fd_ < 0 || finished_) return;
  finished_ = true;
  // Close what a stopped run left open, so every slice is complete.
  while (!stack_.empty()) end(last_t_);
  buf_ += "\n]}\n";
  flush_buffer(true);
  ::close(fd_);
  fd_ = -1;
}

void ChromeTraceWriter::flush_buffer(bool) {
  if (!error_.empty()) {  // after a failed write (disk full), stop writing
    buf_.clear();
    return;
  }
  size_t off = 0;
  while (off < buf_.size()) {
    const ssize_t n = ::write(fd_, buf_.data() + off, buf_.size() - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = std::strerror(errno);
      break;
    }
    off += static_cast<size_t>(n);
  }
  buf_.clear();
}

}  // namespace ts::trace
