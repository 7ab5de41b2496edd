// TraceIndex: facts derived from an event log, for the grader and the
// visualizer's "why did this run now?": the lines the script printed and
// where, every callback and who scheduled it, every require and what it
// tried. UI-free.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "trace/event_log.hpp"
#include "trace/string_table.hpp"

namespace ts::trace {

struct CallbackInfo {
  uint32_t id = 0;
  uint32_t cause = 0;       // the callback that scheduled it (1: the main script)
  std::string kind;         // timeout, interval, immediate, tick, microtask, fs, ...
  std::string name;         // the function's name, or ""
  uint64_t enter_seq = 0;
  uint64_t scheduled_seq = 0;  // its enqueue/insert event, 0 if unknown
  uint64_t scheduled_t = 0;
  uint64_t enter_t = 0;
  uint32_t iter = 0;
  Phase phase = Phase::Main;
  int64_t late_ms = -1;     // timers: how late it fired
};

struct OutputLine {
  std::string text;         // without the newline
  int stream = 1;           // 1 stdout, 2 stderr
  uint64_t seq = 0;         // the console.write event
  uint32_t iter = 0;
  Phase phase = Phase::Main;
  uint32_t callback = 0;    // the running callback's id (1: the main script)
};

struct RequireInfo {
  uint32_t id = 0;
  std::string request;
  std::string parent;
  std::string resolved;     // "" when not found
  bool core = false;
  bool not_found = false;
  bool cached = false;
  std::vector<std::pair<std::string, std::string>> tried;  // (path, file|directory|missing)
};

class TraceIndex {
 public:
  // Indexes events [first, end) of the log.
  static TraceIndex build(const EventLog& log, const StringTable& strings);
  // Adds one event (the visualizer indexes as the log grows).
  void add(const Event& e, const StringTable& strings);

  const std::vector<OutputLine>& lines() const { return lines_; }
  const std::vector<CallbackInfo>& callbacks() const { return callbacks_; }
  const std::vector<RequireInfo>& requires_() const { return requires_list_; }
  const CallbackInfo* callback(uint32_t id) const;
  // The first callback whose function is called `name`.
  const CallbackInfo* callback_named(const std::string& name) const;
  // The first output line containing `text`.
  const OutputLine* line_containing(const std::string& text) const;
  uint64_t count(EventKind kind) const { return counts_[static_cast<size_t>(kind)]; }
  int exit_code() const { return exit_code_; }
  const std::string& exit_how() const { return exit_how_; }
  const std::string& limit() const { return limit_; }

 private:
  std::vector<OutputLine> lines_;
  std::string pending_[3];  // partial lines per stream
  uint64_t pending_seq_[3] = {0, 0, 0};
  std::vector<CallbackInfo> callbacks_;
  std::unordered_map<uint32_t, size_t> callback_by_id_;
  std::unordered_map<uint32_t, std::pair<uint64_t, uint64_t>> scheduled_;  // id -> (seq, t)
  std::unordered_map<uint32_t, int64_t> late_;
  std::vector<RequireInfo> requires_list_;
  std::unordered_map<uint32_t, size_t> require_by_id_;
  uint64_t counts_[kEventKindCount] = {};
  int exit_code_ = -1;
  std::string exit_how_;
  std::string limit_;
};

// Where something happened, in words: "in the main script", "in the
// checkpoint after the main script", "in the timers phase of iteration 2".
std::string describe_place(Phase phase, uint32_t iter, const std::string& callback_kind);

// Why a callback ran when it did: the rule of the loop that released it.
std::string explain_rule(const CallbackInfo& cb);

}  // namespace ts::trace
