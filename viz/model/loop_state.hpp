// LoopState: where the loop is after the first `cursor` events: the
// iteration, the phase that is lit, the callbacks run so far in each phase of
// this iteration, the poll timeout and why, and what keeps the loop alive.
// The loop panel draws exactly this.
#pragma once

#include <array>
#include <string_view>

#include "model/trace_model.hpp"

namespace ts::viz {

enum class LoopStage : uint8_t { NotStarted, MainScript, InPhase, BetweenPhases, Exiting, Exited };

struct LoopState {
  LoopStage stage = LoopStage::NotStarted;
  uint32_t iteration = kNone;  // index into model.iterations()
  uint32_t number = 0;         // the iteration's number (0: the main script)
  trace::Phase phase = trace::Phase::Main;  // lit phase (InPhase only)
  std::array<uint32_t, kPhaseCount> callbacks{};  // per phase, this iteration, so far
  std::array<uint32_t, 8> by_kind{};              // per CallbackKind, this iteration, so far
  uint32_t total_callbacks = 0;
  uint32_t poll_timeout = kNone;  // the latest poll.timeout before the cursor (event index)
  uint32_t alive = kNone;         // the latest loop.alive before the cursor (event index)
  uint32_t running = kNone;       // innermost callback span running at the cursor
};

LoopState loop_state_at(const TraceModel& model, size_t cursor);

// Callbacks an iteration ran before the cursor (all of them once it ended).
uint32_t callbacks_before(const TraceModel& model, const Iteration& it, size_t cursor);

}  // namespace ts::viz
