// The run limits for untrusted scripts (--timeout, --max-memory,
// --max-events, --max-output): each stops the script with a message on
// stderr, its own exit code, a final `limit` event, and a trace that is
// still complete (README, "Running scripts").
//
// timeout: Duktape's executor interrupt (should_interrupt, every ~256K
//   bytecode instructions) catches `while (true) {}`; an unref'd uv timer
//   catches a loop blocked in poll.
// memory:  the heap allocator refuses to grow past the cap (heap.cpp); Duktape
//   then collects garbage and retries, and throws "alloc failed" if it still
//   cannot. Buffers live in the same heap, so they count too.
// events:  the recorder calls back after the N-th event.
// output:  write_output counts stdout + stderr bytes (output.cpp).
#include <unistd.h>

#include "runtime.hpp"

namespace ts {
namespace {

int limit_exit_code(std::string_view which) {
  if (which == "timeout") return 124;
  if (which == "memory") return 121;
  if (which == "events") return 122;
  return 123;  // output
}

}  // namespace

void Runtime::install_limits() {
  const Limits& limits = options_.limits;
  if (limits.timeout_ms != 0) {
    deadline_ns_ = start_ns_ + limits.timeout_ms * 1'000'000u;
    uv_timer_init(&loop_, &deadline_timer_);
    deadline_timer_.data = this;
    uv_timer_start(
        &deadline_timer_,
        [](uv_timer_t* t) { static_cast<Runtime*>(t->data)->check_timeout(); },
        limits.timeout_ms, 0);
    uv_unref(reinterpret_cast<uv_handle_t*>(&deadline_timer_));
  }
  if (limits.max_events != 0) {
    recorder_.set_event_limit(
        limits.max_events,
        [](void* self) {
          auto* rt = static_cast<Runtime*>(self);
          rt->hit_limit("events", rt->options_.limits.max_events,
                        "the script recorded more than --max-events " +
                            std::to_string(rt->options_.limits.max_events) + " events");
        },
        this);
  }
}

bool Runtime::check_timeout() {
  if (deadline_ns_ == 0 || stopping()) return false;
  if (monotonic_now_ns() < deadline_ns_) return false;
  hit_limit("timeout", options_.limits.timeout_ms,
            "the script ran longer than --timeout " + std::to_string(options_.limits.timeout_ms) +
                " ms");
  return true;
}

void Runtime::refuse_allocation() {
  // Duktape answers a refused allocation with an emergency collection and
  // a retry, up to ten times. Refused again right after a collection while
  // the live data fills 90% of the cap, or refused three times in a row: it
  // really does not fit. Stop now rather than let the heap thrash; the
  // allocation fails and the script unwinds.
  ++alloc_failures_;
  if (alloc_failures_ >= 3 || (alloc_failures_ >= 2 && heap_bytes_ >= heap_limit_ / 10 * 9)) {
    hit_limit("memory", heap_limit_,
              "the script needed more than --max-memory " + std::to_string(heap_limit_ >> 20) +
                  " MB of JS heap");
  }
}

bool Runtime::check_memory() {
  // A refused allocation that ended in Duktape's "alloc failed" error.
  if (heap_limit_ == 0 || alloc_failures_ == 0 || stopping()) return false;
  hit_limit("memory", heap_limit_,
            "the script needed more than --max-memory " + std::to_string(heap_limit_ >> 20) +
                " MB of JS heap");
  return true;
}

bool Runtime::should_interrupt() {
  if (stop_reason_ != StopReason::None) return true;
  return check_timeout();
}

void Runtime::hit_limit(const char* which, uint64_t limit, const std::string& message) {
  if (stopping()) return;
  const int code = limit_exit_code(which);
  recorder_.record(trace::EventKind::Limit, 0, execution_id(), recorder_.str(which),
                   static_cast<int64_t>(limit), recorder_.str(message));
  const std::string text = "tickscope: stopped: " + message + " (exit code " +
                           std::to_string(code) + ")\n";
  if (options_.output) {
    options_.output(2, text);
  } else {
    (void) !::write(2, text.data(), text.size());
  }
  request_exit(code, StopReason::Limit);
}

}  // namespace ts
