#include "loop_driver.hpp"


namespace ts {

using trace::EventKind;

LoopDriver::LoopDriver(uv_loop_t* loop, trace::Recorder& recorder, PhaseProbe& probe, Hooks hooks)
    : loop_(loop), rec_(recorder), probe_(probe), hooks_(std::move(hooks)) {}

void LoopDriver::run() {
  rec_.record(EventKind::LoopStart);
  while (!hooks_.stopping()) {
    if (uv_loop_alive(loop_)) {
      probe_.before_run();
      const bool alive = uv_run(loop_, UV_RUN_ONCE) != 0;
      probe_.after_run(alive);
      if (hooks_.stopping()) break;
      record_alive(alive);
      if (alive) continue;
    }
    rec_.set_phase(trace::Phase::Exit);
    hooks_.before_exit();
    if (hooks_.stopping() || !uv_loop_alive(loop_)) break;
  }
  rec_.set_phase(trace::Phase::Exit);
  rec_.record(EventKind::LoopExit, 0, 0, probe_.iterations());
}

void LoopDriver::record_alive(bool alive) {
  if (!rec_.enabled()) return;
  // Usually the same as last iteration's: describe and intern only when the
  // counts change (building the string every iteration cost ~0.3 µs).
  const AliveCounts counts = count_alive(loop_);
  if (counts != last_counts_) {
    last_counts_ = counts;
    last_what_id_ = rec_.str(describe(counts, &last_handles_));
  }
  rec_.record(EventKind::LoopAlive, 0, 0, alive, last_handles_, loop_->active_reqs.count,
              last_what_id_);
}

std::string LoopDriver::describe_alive(uv_loop_t* loop, unsigned* handles) {
  return describe(count_alive(loop), handles);
}

LoopDriver::AliveCounts LoopDriver::count_alive(uv_loop_t* loop) {
  AliveCounts counts{};
  uv_walk(
      loop,
      [](uv_handle_t* h, void* arg) {
        if (uv_is_active(h) && uv_has_ref(h) && !uv_is_closing(h) && h->type < UV_HANDLE_TYPE_MAX) {
          (*static_cast<AliveCounts*>(arg))[h->type]++;
        }
      },
      &counts);
  counts[UV_HANDLE_TYPE_MAX] = loop->active_reqs.count;
  return counts;
}

std::string LoopDriver::describe(const AliveCounts& counts, unsigned* handles) {
  std::string out;
  unsigned total = 0;
  for (int type = 0; type < UV_HANDLE_TYPE_MAX; ++type) {
    if (counts[type] == 0) continue;
    if (!out.empty()) out += ' ';
    out += uv_handle_type_name(static_cast<uv_handle_type>(type));
    out += "\xC3\x97";  // ×
    out += std::to_string(counts[type]);
    total += counts[type];
  }
  if (counts[UV_HANDLE_TYPE_MAX] > 0) {
    if (!out.empty()) out += ' ';
    out += "requests\xC3\x97" + std::to_string(counts[UV_HANDLE_TYPE_MAX]);
  }
  *handles = total;
  return out;
}

}  // namespace ts
