// TraceModel: everything the visualizer draws, derived from the event log,
// incrementally: ingest() reads the events recorded since the last call, so
// a live run (the log growing on the runtime thread) and a trace being
// loaded from a file (growing on the loader thread) are the same thing.
//
// The main thread's lane is a stack of nested spans, per depth:
//   depth 0  the main script run (process.start .. loop.start), each loop
//            iteration (loop.iter.begin .. loop.iter.end), the exit
//   depth 1  the seven phases (phase.enter .. phase.leave), script.run
//   deeper   module loads (module.load .. module.loaded), callbacks
//            (callback.enter .. callback.exit) and the checkpoints that drain
//            nextTicks and microtasks (drain.begin .. drain.end)
// Spans of one depth never overlap and are stored in start order, so the
// timeline finds the visible ones with a binary search (Tracy's recipe).
//
// The sub-models (queues, modules, slabs, console, pool) each see every
// event once, in order. Nothing here is specific to a cursor: the "at cursor"
// questions are answered by loop_state.hpp and the panels.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "model/console_model.hpp"
#include "model/model_types.hpp"
#include "model/modules_model.hpp"
#include "model/pool_model.hpp"
#include "model/queues_model.hpp"
#include "model/slabs_model.hpp"
#include "trace/event_log.hpp"
#include "trace/string_table.hpp"

namespace ts::viz {

enum class SpanKind : uint8_t { Run, Iteration, Phase, Script, Module, Callback, Drain };
const char* span_kind_name(SpanKind kind);

struct Span {
  uint64_t t0 = 0;
  uint64_t t1 = kOpenTime;  // ns; kOpenTime while open
  uint32_t i0 = 0;          // the event that opened it
  uint32_t i1 = kNone;      // the event that closed it; kNone while open
  uint32_t id = 0;          // callback / require id; iteration number
  uint32_t cause = 0;
  uint32_t label = 0;       // string id: callback name, module file
  uint32_t kind_label = 0;  // string id: callback.enter's kind
  SpanKind kind = SpanKind::Run;
  uint8_t depth = 0;
  trace::Phase phase = trace::Phase::Main;  // the phase it began in (its own, for phases)
  CallbackKind callback = CallbackKind::Other;
  bool threw = false;
  bool cut = false;  // closed by an outer span's end, not its own
};

// One loop iteration; iteration 0 is the main script, before the loop.
struct Iteration {
  uint32_t number = 0;
  uint32_t span = kNone;
  uint32_t begin = kNone;  // event indices
  uint32_t end = kNone;
  uint32_t first_span = 0;  // spans recorded during it: [first_span, last_span)
  uint32_t last_span = 0;
  std::array<uint32_t, kPhaseCount> phase_span{};  // span index per phase, kNone if none
  uint32_t poll_timeout = kNone;  // its poll.timeout event
  uint32_t alive = kNone;         // the loop.alive event after it
  uint32_t callbacks = 0;         // callbacks entered during it (so far)
};

class TraceModel {
 public:
  TraceModel();

  // Reads the events [ingested(), log.size()), at most max_events of them
  // (0: all). Returns how many it read.
  size_t ingest(const trace::EventLog& log, const trace::StringTable& strings,
                size_t max_events = 0);
  size_t ingested() const { return ingested_; }

  const std::vector<Span>& spans() const { return spans_; }
  // Span indices per depth, in start order.
  const std::vector<std::vector<uint32_t>>& rows() const { return rows_; }
  const std::vector<Iteration>& iterations() const { return iterations_; }
  // Callback spans by id (an interval fires several times).
  const std::vector<uint32_t>& callbacks_of(uint32_t id) const;

  const QueuesModel& queues() const { return queues_; }
  const ModulesModel& modules() const { return modules_; }
  const SlabsModel& slabs() const { return slabs_; }
  const ConsoleModel& console() const { return console_; }
  const PoolModel& pool() const { return pool_; }
  // Events per category seen so far (the legend shows only those present).
  const std::array<uint64_t, static_cast<size_t>(trace::Category::Count)>& category_counts() const {
    return category_counts_;
  }
  // The first script.run.begin's file (string id), 0 until seen.
  uint32_t main_script() const { return main_script_; }
  uint64_t last_time() const { return last_t_; }
  // The process.exit event (kNone until seen).
  uint32_t exit_event() const { return exit_event_; }

  // A callback's name for people: its function's name, else for I/O what it
  // completes ("fs open"), else "(anonymous)".
  std::string callback_name(const Span& span, const trace::StringTable& strings) const;

  // --- questions about a cursor (the first `cursor` events) ---
  // The innermost span alive at the cursor, of one kind (kNone: none).
  uint32_t innermost_at(size_t cursor, SpanKind kind) const;
  // The deepest span alive at the cursor, whatever its kind.
  uint32_t deepest_at(size_t cursor) const;
  // The iteration the cursor is in (index into iterations(); kNone before any).
  uint32_t iteration_at(size_t cursor) const;
  // The callback span that ran at event `index` (innermost), or kNone.
  uint32_t callback_running_at(uint32_t index) const;

 private:
  void on_event(uint32_t index, const trace::Event& e, const trace::StringTable& strings);
  uint32_t open_span(uint32_t index, const trace::Event& e, SpanKind kind);
  // Closes the innermost open span of `kind` (and `id` when match_id), and
  // any still open inside it.
  void close_span(uint32_t index, const trace::Event& e, SpanKind kind, bool match_id);
  void close_all(uint32_t index, const trace::Event& e);

  size_t ingested_ = 0;
  std::vector<Span> spans_;
  std::vector<std::vector<uint32_t>> rows_;
  std::vector<uint32_t> stack_;
  std::vector<Iteration> iterations_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> callbacks_by_id_;
  QueuesModel queues_;
  ModulesModel modules_;
  SlabsModel slabs_;
  ConsoleModel console_;
  PoolModel pool_;
  std::array<uint64_t, static_cast<size_t>(trace::Category::Count)> category_counts_{};
  uint32_t main_script_ = 0;
  uint64_t last_t_ = 0;
  bool loop_started_ = false;
  uint32_t exit_event_ = kNone;
};

}  // namespace ts::viz
