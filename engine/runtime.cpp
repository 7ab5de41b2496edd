#include "runtime.hpp"

#include <time.h>
#include <unistd.h>

#include <cstdio>

#include "binding.hpp"
#include "builtins/builtin_sources.hpp"
#include "js_compile.hpp"

namespace ts {
namespace {

uint64_t monotonic_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1'000'000'000u + static_cast<uint64_t>(ts.tv_nsec);
}

}  // namespace

Runtime::Runtime(RuntimeOptions options)
    : options_(std::move(options)), recorder_(options_.trace_capacity), start_ns_(monotonic_ns()) {
  uv_loop_init(&loop_);
  loop_.data = this;
  recorder_.set_enabled(options_.trace);
  recorder_.use_virtual_clock(options_.deterministic);
  create_heap();
  slots_.init(ctx_);
  probe_ = std::make_unique<PhaseProbe>(&loop_, recorder_);
  timers_ = std::make_unique<Timers>(&loop_, recorder_, *probe_, bridge_);
  immediates_ = std::make_unique<Immediates>(&loop_, recorder_, *probe_, bridge_);
  pool_ = std::make_unique<Pool>(&loop_, recorder_, *probe_);
  if (options_.deterministic) {
    timers_->use_virtual_time(true);
    pool_->use_virtual_time(true);
    probe_->set_virtual_timeout([this] { return timers_->virtual_due_in(); });
    probe_->set_virtual_time_hook(
        [this](bool before_poll) { timers_->virtual_step(before_poll && nothing_else_pending()); });
  }
  install_limits();
  install_throw_site_hook();
  hide_engine_globals();
  // Start order decides run order within the check phase (phase_probe.hpp).
  probe_->start_tail_markers();
  immediates_->start();
  probe_->start_head_markers();
}

Runtime::~Runtime() {
  // Pool work still in flight (process.exit() with a read pending) must
  // finish before the heap goes: its completion releases JS values. No JS
  // runs from here on.
  destroying_ = true;
  while (pool_->in_flight() > 0) uv_run(&loop_, UV_RUN_ONCE);
  duk_destroy_heap(ctx_);
  ctx_ = nullptr;
  close_handles();
  uv_run(&loop_, UV_RUN_DEFAULT);
  uv_loop_close(&loop_);
}

void Runtime::close_handles() {
  pool_->close();
  uv_walk(
      &loop_,
      [](uv_handle_t* h, void*) {
        if (!uv_is_closing(h)) uv_close(h, nullptr);
      },
      nullptr);
}

duk_ret_t Runtime::bootstrap_safe(duk_context* ctx, void* udata) {
  (void) udata;
  // The process object starts empty; internal/bootstrap/node fills it.
  duk_push_object(ctx);
  duk_put_global_string(ctx, "\xff" "process");

  // loader = realm(process, require = undefined, internalBinding)
  builtins::push_builtin_function(ctx, "internal/bootstrap/realm");
  duk_push_undefined(ctx);
  duk_get_global_string(ctx, "\xff" "process");
  duk_push_undefined(ctx);
  push_internal_binding_function(ctx);
  duk_call_method(ctx, 3);
  // [ loader ]
  // node(process, requireBuiltin, internalBinding)
  builtins::push_builtin_function(ctx, "internal/bootstrap/node");
  duk_push_undefined(ctx);
  duk_get_global_string(ctx, "\xff" "process");
  duk_get_prop_string(ctx, -4, "requireBuiltin");
  push_internal_binding_function(ctx);
  duk_call_method(ctx, 3);
  duk_pop(ctx);
  // Keep the loader for run_main.
  duk_put_global_string(ctx, "\xff" "loader");
  return 0;
}

void Runtime::bootstrap() {
  if (duk_safe_call(ctx_, bootstrap_safe, nullptr, 0, 1) != DUK_EXEC_SUCCESS) {
    const std::string text = std::string("tickscope: internal error during bootstrap: ") +
                              duk_safe_to_stacktrace(ctx_, -1) + "\n";
    write_output(2, text);
    duk_pop(ctx_);
    request_exit(70, StopReason::Uncaught);
    return;
  }
  duk_pop(ctx_);
}

namespace {

// [ ... ] -> [ ... fn this process require internalBinding ]
duk_ret_t push_main_call(duk_context* ctx, void*) {
  builtins::push_builtin_function(ctx, "internal/main/run_main_module");
  duk_push_undefined(ctx);
  duk_get_global_string(ctx, "\xff" "process");
  duk_get_global_string(ctx, "\xff" "loader");
  duk_get_prop_string(ctx, -1, "requireBuiltin");
  duk_remove(ctx, -2);
  push_internal_binding_function(ctx);
  return 5;
}

}  // namespace

int Runtime::run_main(const std::string& path) {
  main_path_ = path;
  recorder_.record(trace::EventKind::ProcessStart, 0, 0,
                   options_.deterministic ? 0 : static_cast<int64_t>(getpid()),
                   static_cast<int64_t>(options_.args.size() + 2));
  async_fields_[kIdCounter] = 1;  // id 1 is the main script, as Node's asyncId
  async_fields_[kExecutionId] = 1;
  bootstrap();

  if (!stopping()) {
    // The wrapper push cannot fail unless the builtin is broken.
    if (duk_safe_call(ctx_, push_main_call, nullptr, 0, 5) != DUK_EXEC_SUCCESS) {
      handle_uncaught(false);
    } else {
      const int64_t file = recorder_.str(path);
      recorder_.record(trace::EventKind::ScriptRunBegin, 1, 0, file);
      const bool ok = call_into_js(3);
      duk_pop(ctx_);
      recorder_.record(trace::EventKind::ScriptRunEnd, 1, 0, file, !ok);
      run_checkpoint();
    }
  }
  async_fields_[kExecutionId] = 0;

  if (!stopping()) run_loop();
  if (!stopping()) run_exit_handlers();

  const char* how = "natural";
  switch (stop_reason_) {
    case StopReason::Exit: how = "exit()"; break;
    case StopReason::Uncaught: how = "uncaught"; break;
    case StopReason::Limit: how = "limit"; break;
    case StopReason::None: break;
  }
  recorder_.set_phase(trace::Phase::Exit);
  recorder_.record(trace::EventKind::ProcessExit, 0, 0, exit_code_, recorder_.str(how));
  recorder_.flush();
  return exit_code_;
}

void Runtime::run_loop() {
  LoopDriver driver(&loop_, recorder_, *probe_,
                    LoopDriver::Hooks{[this] { return stopping(); },
                                      [this] {
                                        recorder_.record(trace::EventKind::BeforeExit, 0, 0,
                                                         exit_code_);
                                        push_callback(JsCallback::BeforeExit);
                                        duk_push_undefined(ctx_);
                                        make_callback(0);
                                        duk_pop(ctx_);
                                      }});
  driver.run();
}

bool Runtime::nothing_else_pending() {
  // What could happen before the next timer in deterministic mode: queued
  // immediates (the idle handle), pool work, closing handles, pending
  // callbacks. Nothing of that: virtual time may jump.
  auto queue_empty = [](void* const (&q)[2]) { return q[0] == static_cast<const void*>(&q); };
  return queue_empty(loop_.idle_handles) && queue_empty(loop_.pending_queue) &&
         loop_.closing_handles == nullptr && pool_->in_flight() == 0;
}

void Runtime::run_exit_handlers() {
  // emitExit() emits 'exit' (once) and returns the final exit code.
  push_callback(JsCallback::Exit);
  duk_push_undefined(ctx_);
  if (call_into_js(0) && !stopping()) exit_code_ = duk_get_int_default(ctx_, -1, 0);
  duk_pop(ctx_);
}

}  // namespace ts
