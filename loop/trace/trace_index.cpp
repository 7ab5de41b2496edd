#include "trace/trace_index.hpp"

namespace ts::trace {
namespace {

std::string text_of(const StringTable& strings, int64_t id) {
  return std::string(strings.get(static_cast<uint32_t>(id)));
}

}  // namespace

TraceIndex TraceIndex::build(const EventLog& log, const StringTable& strings) {
  TraceIndex index;
  for (size_t i = log.first(); i < log.size(); ++i) index.add(log[i], strings);
  return index;
}

void TraceIndex::add(const Event& e, const StringTable& strings) {
  ++counts_[static_cast<size_t>(e.kind)];
  switch (e.kind) {
    case EventKind::TickEnqueue:
    case EventKind::MicrotaskEnqueue:
    case EventKind::ImmediateEnqueue:
    case EventKind::TimerInsert:
    case EventKind::PoolQueue:
      scheduled_[e.id] = {e.seq, e.t};
      break;
    case EventKind::TimerFire: late_[e.id] = e.arg[1]; break;
    case EventKind::CallbackEnter: {
      CallbackInfo cb;
      cb.id = e.id;
      cb.cause = e.cause;
      cb.kind = text_of(strings, e.arg[0]);
      cb.name = text_of(strings, e.arg[1]);
      cb.enter_seq = e.seq;
      cb.enter_t = e.t;
      cb.iter = e.iter;
      cb.phase = e.phase;
      auto s = scheduled_.find(e.id);
      if (s != scheduled_.end()) {
        cb.scheduled_seq = s->second.first;
        cb.scheduled_t = s->second.second;
      }
      auto l = late_.find(e.id);
      if (l != late_.end()) cb.late_ms = l->second;
      // A repeating timer enters many times: the first is kept by id.
      if (callback_by_id_.count(e.id) == 0) callback_by_id_[e.id] = callbacks_.size();
      callbacks_.push_back(std::move(cb));
      break;
    }
    case EventKind::ConsoleWrite: {
      const int stream = text_of(strings, e.arg[0]) == "stderr" ? 2 : 1;
      std::string& pending = pending_[stream];
      if (pending.empty()) pending_seq_[stream] = e.seq;
      pending += text_of(strings, e.arg[2]);
      size_t nl;
      while ((nl = pending.find('\n')) != std::string::npos) {
        OutputLine line;
        line.text = pending.substr(0, nl);
        line.stream = stream;
        line.seq = pending_seq_[stream];
        line.iter = e.iter;
        line.phase = e.phase;
        line.callback = e.cause;
        lines_.push_back(std::move(line));
        pending.erase(0, nl + 1);
        pending_seq_[stream] = e.seq;
      }
      break;
    }
    case EventKind::ModuleRequire: {
      RequireInfo r;
      r.id = e.id;
      r.request = text_of(strings, e.arg[0]);
      r.parent = text_of(strings, e.arg[1]);
      require_by_id_[e.id] = requires_list_.size();
      requires_list_.push_back(std::move(r));
      break;
    }
    case EventKind::ModuleTry:
    case EventKind::ModuleResolved:
    case EventKind::ModuleNotFound:
    case EventKind::ModuleCore:
    case EventKind::ModuleCache: {
      auto it = require_by_id_.find(e.id);
      if (it == require_by_id_.end()) break;
      RequireInfo& r = requires_list_[it->second];
      if (e.kind == EventKind::ModuleTry) {
        r.tried.emplace_back(text_of(strings, e.arg[0]), text_of(strings, e.arg[2]));
      } else if (e.kind == EventKind::ModuleResolved) {
        r.resolved = text_of(strings, e.arg[1]);
      } else if (e.kind == EventKind::ModuleNotFound) {
        r.not_found = true;
      } else if (e.kind == EventKind::ModuleCore) {
        r.core = true;
        r.resolved = text_of(strings, e.arg[1]);
      } else {
        r.cached = true;
        r.resolved = text_of(strings, e.arg[1]);
      }
      break;
    }
    case EventKind::ProcessExit:
      exit_code_ = static_cast<int>(e.arg[0]);
      exit_how_ = text_of(strings, e.arg[1]);
      break;
    case EventKind::Limit: limit_ = text_of(strings, e.arg[2]); break;
    default: break;
  }
}

const CallbackInfo* TraceIndex::callback(uint32_t id) const {
  auto it = callback_by_id_.find(id);
  return it == callback_by_id_.end() ? nullptr : &callbacks_[it->second];
}

const CallbackInfo* TraceIndex::callback_named(const std::string& name) const {
  for (const CallbackInfo& cb : callbacks_) {
    if (cb.name == name) return &cb;
  }
  return nullptr;
}

const OutputLine* TraceIndex::line_containing(const std::string& text) const {
  for (const OutputLine& line : lines_) {
    if (line.text.find(text) != std::string::npos) return &line;
  }
  return nullptr;
}

std::string describe_place(Phase phase, uint32_t iter, const std::string& callback_kind) {
  if (phase == Phase::Main) {
    if (callback_kind == "tick" || callback_kind == "microtask") {
      return "in the checkpoint after the main script";
    }
    return "in the main script";
  }
  if (phase == Phase::Exit) return "after the loop ended ('beforeExit'/'exit')";
  return "in the " + std::string(phase_name(phase)) + " phase of iteration " + std::to_string(iter);
}

std::string explain_rule(const CallbackInfo& cb) {
  const std::string& k = cb.kind;
  if (k == "tick") {
    return "process.nextTick callbacks run as soon as the current callback returns, before "
           "promise callbacks (processTicksAndRejections)";
  }
  if (k == "microtask") {
    return "promise callbacks and queueMicrotask run after all queued nextTicks, before the loop "
           "moves on";
  }
  if (k == "immediate") {
    return "setImmediate callbacks run in the check phase, after poll; one queued during the check "
           "phase waits for the next iteration (processImmediate detaches the queue)";
  }
  if (k == "timeout" || k == "interval") {
    std::string s = "timers run in the timers phase once their time has come (a 0 ms timer is a 1 ms "
                    "timer)";
    if (cb.late_ms > 0) s += "; this one was " + std::to_string(cb.late_ms) + " ms late";
    return s;
  }
  if (k == "fs" || k == "crypto" || k == "dns") {
    return "thread-pool callbacks (fs, crypto's pbkdf2/scrypt/randomBytes, dns.lookup) run in the "
           "poll phase, once a pool thread has finished the request";
  }
  return "it ran when the loop reached it";
}

}  // namespace ts::trace
