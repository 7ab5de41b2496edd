// LoopBridge: the engine's side of LoopHost (loop/loop_host.hpp): runs the
// JS callbacks of timers and immediates through the funnel.
#pragma once

#include "js_slots.hpp"
#include "loop_host.hpp"

namespace ts {

class Runtime;

class LoopBridge : public LoopHost {
 public:
  LoopBridge(Runtime& rt, JsSlots& slots) : rt_(rt), slots_(slots) {}

  void call(const LoopCallback& cb) override;
  void run_next_ticks() override;
  void release(uint32_t slot) override;
  bool can_call_into_js() const override;

 private:
  Runtime& rt_;
  JsSlots& slots_;
};

}  // namespace ts
