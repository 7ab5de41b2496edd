// Playback: the view cursor and the controls that move it (run, pause,
// step one event / callback / phase / iteration, step back, speed).
//
// THE CURSOR is the number of events the panels show: the log prefix
// [0, cursor). The user moves a *wanted* position; the cursor is that
// position clamped to what is recorded. Stepping back only moves the cursor
// back over recorded events (every panel is a query over the prefix, so the
// past is redrawn, not re-run). Stepping forward past the end of the log
// asks the runtime for more:
//
//   lockstep   the runtime is held exactly at the cursor: the gate's limit is
//              the wanted position, so every step forward releases exactly
//              the events it shows; "next phase" lets it run until the next
//              phase.enter (StepGate::run_until) and stops there.
//   lookahead  (the default) the runtime may run up to `lookahead` events
//              (a million: 64 MB)
//              ahead of the cursor, so a pause in the UI does not delay the
//              script's timers (they run on the real clock); the gate still
//              bounds a script that never ends.
//
// Playback does not know about ImGui or threads; it reads the log and talks
// to a StepGate (none for a trace file).
#pragma once

#include <cstddef>
#include <cstdint>

#include "model/step_gate.hpp"
#include "trace/event_log.hpp"

namespace ts::viz {

enum class StepUnit : uint8_t { Event, Callback, Phase, Iteration };
const char* step_unit_name(StepUnit unit);
// The kinds that end a step of this unit (process.exit always does).
KindMask step_kinds(StepUnit unit);

class Playback {
 public:
  static constexpr uint64_t kAtEnd = UINT64_MAX;  // follow the end of the log
  static constexpr double kMaxSpeed = 100000;     // events/s; at or above: as fast as it comes

  // log: the events; gate: the live run's gate, or null (a trace file).
  void attach(const trace::EventLog* log, StepGate* gate, bool playing, bool at_end);
  // Once per frame. finished: no more events will come.
  void update(double dt_seconds, bool finished);

  size_t cursor() const;
  uint64_t wanted() const { return wanted_; }
  bool playing() const { return playing_; }
  bool seeking() const { return seeking_; }
  StepUnit seek_unit() const { return seek_unit_; }
  double speed() const { return speed_; }
  bool lockstep() const { return lockstep_; }
  uint64_t lookahead() const { return lookahead_; }

  void play();
  void pause();
  void toggle_play() { playing_ ? pause() : play(); }
  void set_speed(double events_per_second) { speed_ = events_per_second; }
  void set_lockstep(bool on);
  void set_lookahead(uint64_t events) { lookahead_ = events; }

  void step_forward(StepUnit unit);
  void step_back(StepUnit unit);
  void go_to(uint64_t cursor);
  void go_to_start() { go_to(0); }
  void go_to_end() { go_to(kAtEnd); }

  // The first event at or after `from` that ends a step of `unit` (kNone-like
  // SIZE_MAX when none is recorded yet).
  size_t find_forward(StepUnit unit, size_t from) const;
  // The last such event before `before` (SIZE_MAX when none).
  size_t find_backward(StepUnit unit, size_t before) const;

 private:
  void sync_gate();

  const trace::EventLog* log_ = nullptr;
  StepGate* gate_ = nullptr;
  uint64_t wanted_ = 0;
  bool playing_ = false;
  double speed_ = 12;
  double carry_ = 0;
  bool lockstep_ = false;
  uint64_t lookahead_ = 1'000'000;
  bool seeking_ = false;
  StepUnit seek_unit_ = StepUnit::Event;
  size_t seek_from_ = 0;
  bool finished_ = false;
  uint64_t last_limit_ = 0;
};

}  // namespace ts::viz
