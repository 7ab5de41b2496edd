#include "model/why.hpp"

#include <algorithm>

#include "model/event_text.hpp"

namespace ts::viz {

using trace::EventKind;

namespace {

constexpr const char* kNodeBlob = "https://github.com/nodejs/node/blob/v20.x/";

std::string iteration_text(const trace::Event& e) {
  if (e.iter == 0) return "the main script (before the loop)";
  return "iteration " + std::to_string(e.iter) + ", " + std::string(trace::phase_name(e.phase)) +
         " phase";
}

// "firstTick (process.nextTick #28)" for the callback running at an event.
std::string who_ran_at(const TraceModel& model, const trace::StringTable& strings, uint32_t event,
                       uint32_t cause) {
  const uint32_t span = event == kNone ? kNone : model.callback_running_at(event);
  if (span != kNone) {
    const Span& s = model.spans()[span];
    return model.callback_name(s, strings) + " (" + callback_kind_name(s.callback) + " #" + std::to_string(s.id) + ")";
  }
  if (cause == 1) return "the main script";
  if (cause == 0) return "the runtime itself (no callback was running)";
  return "#" + std::to_string(cause);
}

// The waiting time between two events, in time, steps and iterations.
std::string waited_text(const trace::EventLog& log, uint32_t from, uint32_t to) {
  if (from == kNone || to == kNone || to < from) return "";
  const trace::Event& a = log[from];
  const trace::Event& b = log[to];
  std::string s = format_duration(b.t >= a.t ? b.t - a.t : 0) + ", " +
                  std::to_string(to - from) + " events later";
  if (b.iter != a.iter) {
    s += ", " + std::to_string(b.iter - a.iter) + " iteration" + (b.iter - a.iter == 1 ? "" : "s") + " later";
  } else {
    s += ", same iteration";
  }
  return s;
}

// The checkpoint (drain span) a tick or microtask ran in, and what ran just
// before that checkpoint (the callback it drains after).
void describe_checkpoint(const TraceModel& model, const trace::StringTable& strings,
                         const Span& cb, Explanation* out, uint32_t* drain_event) {
  const auto& spans = model.spans();
  const auto& rows = model.rows();
  if (cb.depth == 0) return;
  const auto& row = rows[cb.depth - 1];
  auto it = std::lower_bound(row.begin(), row.end(), cb.i0,
                             [&](uint32_t s, uint32_t i) { return spans[s].i0 < i; });
  if (it == row.begin()) return;
  const Span& drain = spans[*(it - 1)];
  if (drain.kind != SpanKind::Drain) return;
  *drain_event = drain.i0;
  // What the checkpoint follows: the previous span at the drain's depth.
  std::string after = "the code that ran before it";
  if (it - 1 != row.begin()) {
    const Span& prev = spans[*(it - 2)];
    if (prev.kind == SpanKind::Callback && prev.i1 != kNone && prev.i1 <= drain.i0) {
      after = model.callback_name(prev, strings) + " (" +
              callback_kind_name(prev.callback) + " #" + std::to_string(prev.id) + ")";
    } else if (prev.kind == SpanKind::Script) {
      after = "the main script";
    }
  } else if (drain.depth > 0) {
    after = "the main script";
  }
  out->lines.push_back({"released by", "the checkpoint after " + after, drain.i0});
}

}  // namespace

Explanation explain_callback(const TraceModel& model, const trace::EventLog& log,
                             const trace::StringTable& strings, uint32_t span_index) {
  Explanation out;
  if (span_index == kNone || span_index >= model.spans().size()) return out;
  const Span& cb = model.spans()[span_index];
  if (cb.kind != SpanKind::Callback && cb.kind != SpanKind::Script) return out;
  out.ok = true;
  std::string name(strings.get(cb.label));
  if (cb.kind == SpanKind::Script) {
    out.title = "the main script " + std::string(base_name(name));
  } else {
    // "process.nextTick callback #21", but "I/O callback #7" (not "callback callback").
    const std::string kind = callback_kind_name(cb.callback);
    const bool says_callback = kind.size() >= 8 && kind.compare(kind.size() - 8, 8, "callback") == 0;
    out.title = model.callback_name(cb, strings) + ": " + kind + (says_callback ? " #" : " callback #") +
                std::to_string(cb.id);
  }
  const trace::Event& enter = log[cb.i0];
  out.lines.push_back({"ran", "at event " + std::to_string(enter.seq) + ", " + iteration_text(enter) +
                                  (cb.i1 != kNone ? ", for " + format_duration(cb.t1 - cb.t0) : ""),
                       cb.i0});

  const QueuesModel& q = model.queues();
  uint32_t scheduled = kNone;  // the event that queued it
  std::string queue;
  switch (cb.callback) {
    case CallbackKind::Tick: {
      const uint32_t slot = q.tick_by_id(cb.id);
      if (slot != kNone) scheduled = q.ticks()[slot].enqueued;
      queue = "the nextTick queue";
      break;
    }
    case CallbackKind::Microtask: {
      const uint32_t slot = q.microtask_by_id(cb.id);
      if (slot != kNone) scheduled = q.microtasks()[slot].enqueued;
      queue = "the microtask queue";
      break;
    }
    case CallbackKind::Immediate: {
      const uint32_t slot = q.immediate_by_id(cb.id);
      if (slot != kNone) scheduled = q.immediates()[slot].enqueued;
      queue = "the immediate queue";
      break;
    }
    case CallbackKind::Timeout:
    case CallbackKind::Interval: {
      const uint32_t slot = q.timer_before(cb.id, cb.i0);
      if (slot != kNone) {
        scheduled = q.timers()[slot].inserted;
        queue = "the " + std::to_string(q.timers()[slot].ms) + " ms timer list";
      }
      break;
    }
    case CallbackKind::Io: {
      const uint32_t slot = model.pool().request_by_id(cb.id);
      if (slot != kNone) scheduled = model.pool().requests()[slot].queued;
      queue = "the thread pool's queue";
      break;
    }
    default:
      break;
  }

  if (cb.kind == SpanKind::Script || cb.callback == CallbackKind::Main) {
    out.rule = "The main module runs first, synchronously, before the event loop exists: "
               "the loop starts only when it returns.";
    out.node_source = "lib/internal/modules/run_main.js: executeUserEntryPoint()";
    out.node_url = std::string(kNodeBlob) + "lib/internal/modules/run_main.js";
    out.mirror = "modules/lib/internal/main/run_main_module.js";
    return out;
  }

  if (scheduled != kNone) {
    const trace::Event& s = log[scheduled];
    const std::string who = who_ran_at(model, strings, scheduled, s.cause);
    std::string text = who + ", at event " + std::to_string(s.seq) + " (" + trace::kind_info(s.kind).name + ")";
    if (!(s.iter == 0 && who == "the main script")) text += ", " + iteration_text(s);
    if (cb.callback == CallbackKind::Interval && s.kind == EventKind::TimerInsert && s.iter > 0 &&
        model.callback_running_at(scheduled) == kNone) {
      // Re-armed by the timers phase after its previous run.
      text = "its own previous run: an interval is put back in its list at event " +
             std::to_string(s.seq) + " (" + iteration_text(s) + "); it was first set by " + who;
    }
    out.lines.push_back({"scheduled by", text, scheduled});
    out.lines.push_back({"waited in", queue, kNone});
    out.lines.push_back({"waited", waited_text(log, scheduled, cb.i0), kNone});
  } else if (cb.cause != 0) {
    out.lines.push_back({"scheduled by", who_ran_at(model, strings, kNone, cb.cause), kNone});
  }

  switch (cb.callback) {
    case CallbackKind::Timeout:
    case CallbackKind::Interval: {
      const uint32_t slot = q.timer_before(cb.id, cb.i0);
      const TimerEntry* t = slot == kNone ? nullptr : &q.timers()[slot];
      int64_t late = 0;
      uint32_t fire = kNone;
      if (t != nullptr && t->how == TimerEnd::Fired) {
        fire = t->left;
        late = log[fire].arg[1];
        out.lines.push_back({"fired", "timer.fire at event " + std::to_string(log[fire].seq) +
                                          ", late by " + std::to_string(late) + " ms",
                             fire});
      }
      out.rule = "Timers phase of iteration " + std::to_string(enter.iter) + ": its " +
                 (t ? std::to_string(t->ms) : std::string("?")) +
                 " ms list had expired, so processTimers ran that list, oldest timer first "
                 "(late by " + std::to_string(late) +
                 " ms: a delay is a lower bound, the loop only looks at timers once per "
                 "iteration). nextTicks and microtasks run between two timers.";
      if (cb.callback == CallbackKind::Interval) {
        out.rule += " An interval is put back in its list after each run.";
      }
      out.node_source = "lib/internal/timers.js: processTimers() and listOnTimeout()";
      out.node_url = std::string(kNodeBlob) + "lib/internal/timers.js";
      out.mirror = "loop/timers.cpp (Node's processTimers / listOnTimeout)";
      break;
    }
    case CallbackKind::Immediate: {
      const uint32_t slot = q.immediate_by_id(cb.id);
      const QueuedCallback* item = slot == kNone ? nullptr : &q.immediates()[slot];
      std::string batch_text = "the batch detached when this check phase began";
      if (item != nullptr && item->detached != kNone) {
        const trace::Event& b = log[item->detached];
        batch_text = "the batch of " + std::to_string(b.arg[0]) +
                     " immediate(s) detached when this check phase began (event " +
                     std::to_string(b.seq) + ")";
        out.lines.push_back({"detached", "immediate.batch at event " + std::to_string(b.seq),
                             item->detached});
      }
      out.rule = "Check phase of iteration " + std::to_string(enter.iter) + ": it was in " +
                 batch_text + ". processImmediate takes the whole queue at once, so immediates "
                 "queued while it runs wait for the next iteration.";
      if (item != nullptr && item->enqueued != kNone) {
        const trace::Event& s = log[item->enqueued];
        if (s.phase == trace::Phase::Check && s.iter < enter.iter) {
          out.rule += " This one was queued during iteration " + std::to_string(s.iter) +
                      "'s check phase, after its batch was detached: that is why it waited.";
        }
      }
      out.node_source = "lib/internal/timers.js: processImmediate()";
      out.node_url = std::string(kNodeBlob) + "lib/internal/timers.js";
      out.mirror = "loop/immediates.cpp (Node's processImmediate and CheckImmediate)";
      break;
    }
    case CallbackKind::Tick: {
      uint32_t drain = kNone;
      describe_checkpoint(model, strings, cb, &out, &drain);
      out.rule = "nextTick: every callback the loop makes is followed by a checkpoint "
                 "(processTicksAndRejections) that runs all queued nextTicks, in order, "
                 "including those queued meanwhile, and only then the promise microtasks.";
      out.node_source = "lib/internal/process/task_queues.js: processTicksAndRejections()";
      out.node_url = std::string(kNodeBlob) + "lib/internal/process/task_queues.js";
      out.mirror = "modules/lib/internal/process/task_queues.js (the checkpoint), "
                   "engine/tick_queue.cpp (the nextTick queue)";
      break;
    }
    case CallbackKind::Microtask: {
      uint32_t drain = kNone;
      describe_checkpoint(model, strings, cb, &out, &drain);
      const uint32_t slot = q.microtask_by_id(cb.id);
      std::string kind = "a";
      if (slot != kNone) {
        kind = std::string(strings.get(q.microtasks()[slot].kind));
        const uint32_t enq = q.microtasks()[slot].enqueued;
        if (enq > 0 && log[enq - 1].kind == EventKind::PromiseSettle &&
            log[enq - 1].cause == log[enq].cause) {
          out.lines.push_back({"because", "promise #" + std::to_string(log[enq - 1].id) + " was " +
                                              std::string(strings.get(static_cast<uint32_t>(log[enq - 1].arg[0]))),
                               enq - 1});
        }
      }
      out.rule = "Microtask (" + kind + "): the checkpoint runs microtasks after all the "
                 "nextTicks queued so far (runMicrotasks), and keeps going until both "
                 "queues are empty.";
      out.node_source = "lib/internal/process/task_queues.js: processTicksAndRejections() -> runMicrotasks()";
      out.node_url = std::string(kNodeBlob) + "lib/internal/process/task_queues.js";
      out.mirror = "modules/lib/internal/process/task_queues.js and internal/promise.js";
      break;
    }
    case CallbackKind::Io: {
      const uint32_t slot = model.pool().request_by_id(cb.id);
      if (slot != kNone) {
        const PoolRequest& r = model.pool().requests()[slot];
        if (r.done != kNone) {
          out.lines.push_back({"worker", "ran on thread-pool worker " + std::to_string(r.thread) +
                                             " for " + format_duration(r.end_t - r.start_t) +
                                             " (waited " + format_duration(r.start_t > r.queued_t ? r.start_t - r.queued_t : 0) +
                                             " for a worker)",
                               r.done});
        }
      }
      const std::string kind(strings.get(cb.kind_label));
      if (slot != kNone) {
        out.rule = "Poll phase: its work finished on a thread-pool worker, and the loop picks "
                   "up completions when it polls for I/O, then runs the callback.";
        // The JS side that queued the request, by the callback's kind.
        const char* js_side = kind == "crypto" ? "lib/internal/crypto/"
                              : kind == "zlib" ? "lib/zlib.js"
                              : kind == "dns"  ? "lib/dns.js"
                                               : "lib/fs.js";
        out.node_source = std::string("deps/uv/src/threadpool.c (uv__work_done) and ") + js_side;
        out.node_url = std::string(kNodeBlob) + "deps/uv/src/threadpool.c";
        out.mirror = kind == "crypto" ? "loop/pool.cpp, modules/native/crypto.cpp"
                     : kind == "zlib" ? "loop/pool.cpp, modules/native/zlib.cpp"
                                      : "loop/pool.cpp";
      } else if (kind == "close") {
        out.rule = "Close phase: a handle closed with close() gets its callback in the close "
                   "phase, the last of the iteration, after check.";
        out.node_source = "deps/uv/src/unix/core.c: uv__run_closing_handles()";
        out.node_url = std::string(kNodeBlob) + "deps/uv/src/unix/core.c";
        out.mirror = "modules/native/handle_wrap.cpp";
      } else {
        out.rule = "Poll phase: libuv's poll found this " + kind + " handle ready (data to read, a "
                   "connection, a write done, a child that exited) and ran its callback; the "
                   "checkpoint follows it.";
        out.node_source = "deps/uv/src/unix/core.c: uv_run() -> uv__io_poll()";
        out.node_url = std::string(kNodeBlob) + "deps/uv/src/unix/core.c";
        out.mirror = "modules/native/stream_wrap.cpp, handle_wrap.cpp";
      }
      break;
    }
    default:
      out.rule = "No rule for this kind of callback (" +
                 std::string(strings.get(cb.kind_label)) + ") yet.";
      break;
  }
  return out;
}

}  // namespace ts::viz
