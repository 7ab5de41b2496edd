#include "model/playback.hpp"

#include <algorithm>
#include <cmath>

namespace ts::viz {

using trace::EventKind;

const char* step_unit_name(StepUnit unit) {
  switch (unit) {
    case StepUnit::Event: return "event";
    case StepUnit::Callback: return "callback";
    case StepUnit::Phase: return "phase";
    case StepUnit::Iteration: return "iteration";
  }
  return "";
}

KindMask step_kinds(StepUnit unit) {
  KindMask m;
  auto set = [&m](EventKind k) { m.set(static_cast<size_t>(k)); };
  switch (unit) {
    case StepUnit::Event: m.set(); return m;
    case StepUnit::Callback: set(EventKind::CallbackEnter); break;
    case StepUnit::Phase:
      set(EventKind::PhaseEnter);
      set(EventKind::LoopStart);
      set(EventKind::LoopExit);
      break;
    case StepUnit::Iteration:
      set(EventKind::IterBegin);
      set(EventKind::LoopExit);
      break;
  }
  set(EventKind::ProcessExit);
  return m;
}

void Playback::attach(const trace::EventLog* log, StepGate* gate, bool playing, bool at_end) {
  log_ = log;
  gate_ = gate;
  playing_ = playing;
  wanted_ = at_end ? kAtEnd : 0;
  seeking_ = false;
  carry_ = 0;
  finished_ = false;
  last_limit_ = 0;
  sync_gate();
}

size_t Playback::cursor() const {
  const size_t size = log_ == nullptr ? 0 : log_->size();
  return wanted_ >= size ? size : static_cast<size_t>(wanted_);
}

void Playback::play() {
  if (seeking_) seeking_ = false;
  // Playing from the very end of a finished run starts again from the top.
  if (finished_ && cursor() >= (log_ ? log_->size() : 0)) wanted_ = 0;
  playing_ = true;
  carry_ = 0;
  sync_gate();
}

void Playback::pause() {
  playing_ = false;
  if (wanted_ == kAtEnd) wanted_ = cursor();
  sync_gate();
}

void Playback::set_lockstep(bool on) {
  lockstep_ = on;
  last_limit_ = 0;
  sync_gate();
}

size_t Playback::find_forward(StepUnit unit, size_t from) const {
  if (log_ == nullptr) return SIZE_MAX;
  const KindMask kinds = step_kinds(unit);
  const size_t size = log_->size();
  for (size_t i = std::max(from, log_->first()); i < size; ++i) {
    if (kinds.test(static_cast<size_t>((*log_)[i].kind))) return i;
  }
  return SIZE_MAX;
}

size_t Playback::find_backward(StepUnit unit, size_t before) const {
  if (log_ == nullptr) return SIZE_MAX;
  const KindMask kinds = step_kinds(unit);
  const size_t first = log_->first();
  for (size_t i = std::min(before, log_->size()); i-- > first;) {
    if (kinds.test(static_cast<size_t>((*log_)[i].kind))) return i;
  }
  return SIZE_MAX;
}

void Playback::step_forward(StepUnit unit) {
  playing_ = false;
  seeking_ = false;
  const size_t c = cursor();
  if (unit == StepUnit::Event) {
    wanted_ = static_cast<uint64_t>(c) + 1;
    if (finished_ && log_ != nullptr && wanted_ > log_->size()) wanted_ = log_->size();
  } else {
    const size_t j = find_forward(unit, c);
    if (j != SIZE_MAX) {
      wanted_ = j + 1;
    } else if (finished_) {
      wanted_ = log_ ? log_->size() : 0;
    } else {
      // Not recorded yet: let the runtime run until it is.
      wanted_ = c;
      seeking_ = true;
      seek_unit_ = unit;
      seek_from_ = log_ ? log_->size() : 0;
      if (gate_ != nullptr && lockstep_) {
        gate_->run_until(step_kinds(unit));
        last_limit_ = 0;  // the gate will pick its own limit when it finds the event
      }
    }
  }
  sync_gate();
}

void Playback::step_back(StepUnit unit) {
  playing_ = false;
  seeking_ = false;
  const size_t c = cursor();
  if (c == 0) return;
  if (unit == StepUnit::Event) {
    wanted_ = c - 1;
  } else {
    const size_t j = find_backward(unit, c - 1);
    wanted_ = j == SIZE_MAX ? 0 : j + 1;
  }
  sync_gate();
}

void Playback::go_to(uint64_t target) {
  playing_ = false;
  seeking_ = false;
  wanted_ = target;
  sync_gate();
}

void Playback::update(double dt_seconds, bool finished) {
  finished_ = finished;
  if (log_ == nullptr) return;
  const size_t size = log_->size();
  if (seeking_) {
    const size_t j = find_forward(seek_unit_, seek_from_);
    if (j != SIZE_MAX) {
      seeking_ = false;
      wanted_ = j + 1;
    } else {
      seek_from_ = size;
      if (finished) {
        seeking_ = false;
        wanted_ = size;
      }
    }
  } else if (playing_) {
    if (speed_ >= kMaxSpeed) {
      wanted_ = kAtEnd;
    } else {
      carry_ += speed_ * dt_seconds;
      const double steps = std::floor(carry_);
      carry_ -= steps;
      if (steps > 0) {
        const size_t base = cursor();
        wanted_ = base + static_cast<uint64_t>(steps);
      }
    }
    if (finished && cursor() >= size && (wanted_ >= size)) {
      playing_ = false;  // the end of the run
      wanted_ = size;
    }
  }
  sync_gate();
}

void Playback::sync_gate() {
  if (gate_ == nullptr || log_ == nullptr) return;
  const uint64_t size = log_->size();
  uint64_t limit;
  if (lockstep_) {
    if (seeking_) return;  // run_until holds the gate until the event comes
    limit = wanted_ == kAtEnd ? StepGate::kNoLimit : std::max<uint64_t>(wanted_, size);
  } else {
    const uint64_t base = seeking_ ? size : (wanted_ == kAtEnd ? StepGate::kNoLimit : std::max<uint64_t>(wanted_, cursor()));
    limit = base >= StepGate::kNoLimit - lookahead_ ? StepGate::kNoLimit : base + lookahead_;
  }
  if (limit != last_limit_) {
    last_limit_ = limit;
    gate_->set_limit(limit);
  }
}

}  // namespace ts::viz
