#include "model/loop_state.hpp"

namespace ts::viz {

uint32_t callbacks_before(const TraceModel& model, const Iteration& it, size_t cursor) {
  if (it.end != kNone && it.end < cursor) return it.callbacks;
  uint32_t n = 0;
  const auto& spans = model.spans();
  for (uint32_t s = it.first_span; s < it.last_span && s < spans.size(); ++s) {
    if (spans[s].i0 >= cursor) break;
    if (spans[s].kind == SpanKind::Callback) ++n;
  }
  return n;
}

LoopState loop_state_at(const TraceModel& model, size_t cursor) {
  LoopState st;
  if (cursor == 0) return st;
  st.running = model.innermost_at(cursor, SpanKind::Callback);
  st.iteration = model.iteration_at(cursor);
  if (st.iteration == kNone) return st;
  const Iteration& it = model.iterations()[st.iteration];
  st.number = it.number;
  const auto& spans = model.spans();
  for (uint32_t s = it.first_span; s < it.last_span && s < spans.size(); ++s) {
    const Span& span = spans[s];
    if (span.i0 >= cursor) break;
    if (span.kind != SpanKind::Callback) continue;
    ++st.callbacks[static_cast<size_t>(span.phase)];
    ++st.by_kind[static_cast<size_t>(span.callback)];
    ++st.total_callbacks;
  }
  // The latest poll.timeout / loop.alive at or before this iteration.
  for (uint32_t k = st.iteration + 1; k-- > 0;) {
    const Iteration& x = model.iterations()[k];
    if (st.poll_timeout == kNone && x.poll_timeout != kNone && x.poll_timeout < cursor) {
      st.poll_timeout = x.poll_timeout;
    }
    if (st.alive == kNone && x.alive != kNone && x.alive < cursor) st.alive = x.alive;
    if (st.poll_timeout != kNone && st.alive != kNone) break;
    if (st.iteration - k > 2) break;  // only recent facts are "current"
  }
  const uint32_t phase_span = model.innermost_at(cursor, SpanKind::Phase);
  const uint32_t run = model.innermost_at(cursor, SpanKind::Run);
  if (phase_span != kNone) {
    st.stage = LoopStage::InPhase;
    st.phase = spans[phase_span].phase;
  } else if (run != kNone) {
    st.stage = spans[run].id == 0 ? LoopStage::MainScript : LoopStage::Exiting;
    st.phase = spans[run].id == 0 ? trace::Phase::Main : trace::Phase::Exit;
  } else if (model.innermost_at(cursor, SpanKind::Iteration) != kNone) {
    st.stage = LoopStage::BetweenPhases;
  } else if (it.number == 0 && it.end == kNone) {
    st.stage = LoopStage::MainScript;
  } else {
    st.stage = LoopStage::BetweenPhases;
  }
  if (model.exit_event() != kNone && model.exit_event() < cursor) st.stage = LoopStage::Exited;
  return st;
}

}  // namespace ts::viz
