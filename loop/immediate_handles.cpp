#include "immediate_handles.hpp"

#include "phase_probe.hpp"

namespace ts {

ImmediateHandles::ImmediateHandles(uv_loop_t* loop, trace::Recorder& recorder, PhaseProbe& probe,
                                   std::function<void()> run)
    : rec_(recorder), probe_(probe), run_(std::move(run)) {
  uv_check_init(loop, &check_);
  uv_idle_init(loop, &idle_);
  check_.data = this;
  idle_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&check_));
}

void ImmediateHandles::start() { uv_check_start(&check_, on_check); }

void ImmediateHandles::toggle_ref(bool ref) {
  const bool active = uv_is_active(reinterpret_cast<uv_handle_t*>(&idle_)) != 0;
  if (ref == active) return;
  if (ref) {
    uv_idle_start(&idle_, on_idle);
  } else {
    uv_idle_stop(&idle_);
  }
  rec_.record(trace::EventKind::ImmediateIdle, 0, 0, ref);
}

void ImmediateHandles::close() {
  uv_close(reinterpret_cast<uv_handle_t*>(&check_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&idle_), nullptr);
}

void ImmediateHandles::on_check(uv_check_t* handle) {
  auto* self = static_cast<ImmediateHandles*>(handle->data);
  self->run_();
}

void ImmediateHandles::on_idle(uv_idle_t* handle) {
  static_cast<ImmediateHandles*>(handle->data)->probe_.on_idle_callback();
}

}  // namespace ts
