#include "model/trace_model.hpp"

#include <algorithm>

namespace ts::viz {

using trace::EventKind;
using trace::Phase;

CallbackKind callback_kind_from(std::string_view kind) {
  if (kind == "tick") return CallbackKind::Tick;
  if (kind == "microtask") return CallbackKind::Microtask;
  if (kind == "immediate") return CallbackKind::Immediate;
  if (kind == "timeout") return CallbackKind::Timeout;
  if (kind == "interval") return CallbackKind::Interval;
  if (kind == "main") return CallbackKind::Main;
  // Everything else is a handle or request of libuv's: fs, dns, tcp, pipe,
  // process, signal, close...
  return kind.empty() ? CallbackKind::Other : CallbackKind::Io;
}

const char* callback_kind_name(CallbackKind kind) {
  switch (kind) {
    case CallbackKind::Main: return "main script";
    case CallbackKind::Timeout: return "setTimeout";
    case CallbackKind::Interval: return "setInterval";
    case CallbackKind::Immediate: return "setImmediate";
    case CallbackKind::Tick: return "process.nextTick";
    case CallbackKind::Microtask: return "microtask";
    case CallbackKind::Io: return "I/O callback";
    case CallbackKind::Other: return "callback";
  }
  return "callback";
}

const char* span_kind_name(SpanKind kind) {
  switch (kind) {
    case SpanKind::Run: return "run";
    case SpanKind::Iteration: return "iteration";
    case SpanKind::Phase: return "phase";
    case SpanKind::Script: return "main script";
    case SpanKind::Module: return "module load";
    case SpanKind::Callback: return "callback";
    case SpanKind::Drain: return "checkpoint";
  }
  return "";
}

TraceModel::TraceModel() = default;

size_t TraceModel::ingest(const trace::EventLog& log, const trace::StringTable& strings,
                          size_t max_events) {
  size_t end = log.size();
  if (ingested_ < log.first()) ingested_ = log.first();  // released chunks: skip them
  if (max_events != 0 && end - ingested_ > max_events) end = ingested_ + max_events;
  const size_t start = ingested_;
  for (size_t i = start; i < end; ++i) on_event(static_cast<uint32_t>(i), log[i], strings);
  ingested_ = end;
  return end - start;
}

const std::vector<uint32_t>& TraceModel::callbacks_of(uint32_t id) const {
  static const std::vector<uint32_t> kEmpty;
  const auto it = callbacks_by_id_.find(id);
  return it == callbacks_by_id_.end() ? kEmpty : it->second;
}

uint32_t TraceModel::open_span(uint32_t index, const trace::Event& e, SpanKind kind) {
  Span s;
  s.t0 = e.t;
  s.i0 = index;
  s.id = e.id;
  s.cause = e.cause;
  s.kind = kind;
  s.depth = static_cast<uint8_t>(std::min<size_t>(stack_.size(), 255));
  s.phase = e.phase;
  const auto slot = static_cast<uint32_t>(spans_.size());
  spans_.push_back(s);
  if (rows_.size() <= s.depth) rows_.resize(s.depth + 1);
  rows_[s.depth].push_back(slot);
  stack_.push_back(slot);
  if (!iterations_.empty() && iterations_.back().end == kNone) {
    iterations_.back().last_span = slot + 1;
  }
  return slot;
}

void TraceModel::close_span(uint32_t index, const trace::Event& e, SpanKind kind, bool match_id) {
  for (size_t k = stack_.size(); k-- > 0;) {
    const Span& s = spans_[stack_[k]];
    if (s.kind != kind || (match_id && s.id != e.id)) continue;
    while (stack_.size() > k) {
      Span& top = spans_[stack_.back()];
      top.t1 = e.t;
      top.i1 = index;
      top.cut = stack_.size() - 1 != k;
      stack_.pop_back();
    }
    return;
  }
}

void TraceModel::close_all(uint32_t index, const trace::Event& e) {
  while (!stack_.empty()) {
    Span& top = spans_[stack_.back()];
    top.t1 = e.t;
    top.i1 = index;
    stack_.pop_back();
  }
}

void TraceModel::on_event(uint32_t index, const trace::Event& e,
                          const trace::StringTable& strings) {
  const trace::KindInfo& info = trace::kind_info(e.kind);
  ++category_counts_[static_cast<size_t>(info.category)];
  last_t_ = std::max(last_t_, e.t);

  // The run's top level: the main script until the loop starts, then the
  // iterations, then the exit.
  if (stack_.empty() && !loop_started_ && e.kind != EventKind::LoopStart) {
    const uint32_t span = open_span(index, e, SpanKind::Run);
    spans_[span].id = 0;
    Iteration main;
    main.number = 0;
    main.span = span;
    main.begin = index;
    main.first_span = span;
    main.last_span = span + 1;
    main.phase_span.fill(kNone);
    iterations_.push_back(main);
  }
  if (e.phase == Phase::Exit && e.kind != EventKind::ProcessExit &&
      (stack_.empty() || spans_[stack_.front()].kind != SpanKind::Run ||
       spans_[stack_.front()].id != 1)) {
    close_all(index, e);
    const uint32_t span = open_span(index, e, SpanKind::Run);
    spans_[span].id = 1;
  }

  switch (e.kind) {
    case EventKind::LoopStart:
      close_all(index, e);
      loop_started_ = true;
      if (!iterations_.empty() && iterations_.back().end == kNone) iterations_.back().end = index;
      break;
    case EventKind::IterBegin: {
      loop_started_ = true;
      if (!stack_.empty() && spans_[stack_.front()].kind == SpanKind::Run) close_all(index, e);
      if (!iterations_.empty() && iterations_.back().end == kNone) iterations_.back().end = index;
      Iteration it;
      it.number = e.iter;
      it.begin = index;
      it.phase_span.fill(kNone);
      it.first_span = static_cast<uint32_t>(spans_.size());
      iterations_.push_back(it);
      const uint32_t span = open_span(index, e, SpanKind::Iteration);
      spans_[span].id = e.iter;
      iterations_.back().span = span;
      break;
    }
    case EventKind::IterEnd:
      close_span(index, e, SpanKind::Iteration, false);
      if (!iterations_.empty() && iterations_.back().end == kNone) iterations_.back().end = index;
      break;
    case EventKind::PhaseEnter: {
      const uint32_t span = open_span(index, e, SpanKind::Phase);
      if (!iterations_.empty() && iterations_.back().end == kNone) {
        iterations_.back().phase_span[static_cast<size_t>(e.phase)] = span;
      }
      break;
    }
    case EventKind::PhaseLeave:
      close_span(index, e, SpanKind::Phase, false);
      break;
    case EventKind::PollTimeout:
      if (!iterations_.empty()) iterations_.back().poll_timeout = index;
      break;
    case EventKind::LoopAlive:
      if (!iterations_.empty()) iterations_.back().alive = index;
      break;
    case EventKind::ScriptRunBegin: {
      const uint32_t span = open_span(index, e, SpanKind::Script);
      spans_[span].label = static_cast<uint32_t>(e.arg[0]);
      if (main_script_ == 0) main_script_ = static_cast<uint32_t>(e.arg[0]);
      break;
    }
    case EventKind::ScriptRunEnd:
      close_span(index, e, SpanKind::Script, false);
      break;
    case EventKind::ModuleLoad: {
      const uint32_t span = open_span(index, e, SpanKind::Module);
      spans_[span].label = static_cast<uint32_t>(e.arg[0]);
      break;
    }
    case EventKind::ModuleLoaded: {
      // Mark before closing: close_span finds the innermost with this id.
      for (size_t k = stack_.size(); k-- > 0;) {
        Span& s = spans_[stack_[k]];
        if (s.kind == SpanKind::Module && s.id == e.id) {
          s.threw = e.arg[2] != 0;
          break;
        }
      }
      close_span(index, e, SpanKind::Module, true);
      break;
    }
    case EventKind::CallbackEnter: {
      const uint32_t span = open_span(index, e, SpanKind::Callback);
      Span& s = spans_[span];
      s.kind_label = static_cast<uint32_t>(e.arg[0]);
      s.label = static_cast<uint32_t>(e.arg[1]);
      s.callback = callback_kind_from(strings.get(s.kind_label));
      callbacks_by_id_[e.id].push_back(span);
      if (!iterations_.empty() && iterations_.back().end == kNone) ++iterations_.back().callbacks;
      queues_.on_callback_enter(index, e, span, s.label, s.callback);
      break;
    }
    case EventKind::CallbackExit:
      for (size_t k = stack_.size(); k-- > 0;) {
        Span& s = spans_[stack_[k]];
        if (s.kind == SpanKind::Callback && s.id == e.id) {
          s.threw = e.arg[2] != 0;
          break;
        }
      }
      close_span(index, e, SpanKind::Callback, true);
      break;
    case EventKind::DrainBegin:
      open_span(index, e, SpanKind::Drain);
      break;
    case EventKind::DrainEnd:
      close_span(index, e, SpanKind::Drain, false);
      break;
    case EventKind::ProcessExit:
      exit_event_ = index;
      close_all(index, e);
      if (!iterations_.empty() && iterations_.back().end == kNone) iterations_.back().end = index;
      break;
    default:
      break;
  }

  queues_.on_event(index, e, strings);
  modules_.on_event(index, e);
  slabs_.on_event(index, e, strings);
  console_.on_event(index, e, strings);
  pool_.on_event(index, e);
}

std::string TraceModel::callback_name(const Span& span, const trace::StringTable& strings) const {
  std::string name(strings.get(span.label));
  if (!name.empty()) return name;
  if (span.callback == CallbackKind::Io) {
    const uint32_t request = pool_.request_by_id(span.id);
    if (request != kNone) {
      return std::string(strings.get(span.kind_label)) + " " +
             std::string(strings.get(pool_.requests()[request].what)) + " callback";
    }
  }
  return "(anonymous)";
}

uint32_t TraceModel::innermost_at(size_t cursor, SpanKind kind) const {
  for (size_t d = rows_.size(); d-- > 0;) {
    const auto& row = rows_[d];
    auto it = std::lower_bound(row.begin(), row.end(), cursor,
                               [this](uint32_t s, size_t c) { return spans_[s].i0 < c; });
    if (it == row.begin()) continue;
    const Span& s = spans_[*(it - 1)];
    if (s.kind == kind && alive_at(s.i0, s.i1, cursor)) return *(it - 1);
  }
  return kNone;
}

uint32_t TraceModel::deepest_at(size_t cursor) const {
  for (size_t d = rows_.size(); d-- > 0;) {
    const auto& row = rows_[d];
    auto it = std::lower_bound(row.begin(), row.end(), cursor,
                               [this](uint32_t s, size_t c) { return spans_[s].i0 < c; });
    if (it == row.begin()) continue;
    const Span& s = spans_[*(it - 1)];
    if (alive_at(s.i0, s.i1, cursor)) return *(it - 1);
  }
  return kNone;
}

uint32_t TraceModel::iteration_at(size_t cursor) const {
  auto it = std::lower_bound(iterations_.begin(), iterations_.end(), cursor,
                             [](const Iteration& x, size_t c) { return x.begin < c; });
  if (it == iterations_.begin()) return kNone;
  return static_cast<uint32_t>(it - iterations_.begin() - 1);
}

uint32_t TraceModel::callback_running_at(uint32_t index) const {
  return innermost_at(static_cast<size_t>(index) + 1, SpanKind::Callback);
}

}  // namespace ts::viz
