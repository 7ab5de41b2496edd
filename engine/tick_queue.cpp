#include "tick_queue.hpp"

#include "binding.hpp"
#include "runtime.hpp"

namespace ts {

using trace::EventKind;

namespace {

constexpr const char* kValuesKey = "\xff" "tickQueue";
constexpr const char* kProcessKey = "\xff" "tickProcess";
constexpr const char* kValidateKey = "\xff" "tickValidate";

// One tick as the running execution, recorded as trace.emit recorded the JS
// queue's callback.enter/exit (the same fields, strings interned in the same
// order). After a throw the running id stays the tick's: whoever handles the
// exception restores it (Runtime::call_into_js).
class TickScope {
 public:
  TickScope(Runtime& rt, uint32_t id, uint32_t cause, duk_idx_t fn_idx)
      : rt_(rt), id_(id), cause_(cause) {
    double* fields = rt.async_fields();
    prev_ = fields[kExecutionId];
    fields[kExecutionId] = id;
    trace::Recorder& rec = rt.recorder();
    if (!rec.enabled()) return;
    duk_context* ctx = rt.ctx();
    const int64_t kind = rec.str("tick");
    int64_t name = 0;
    duk_get_prop_literal(ctx, fn_idx, "name");
    if (!duk_is_undefined(ctx, -1)) name = rt.intern_js_string(-1);
    duk_pop(ctx);
    const uint64_t now = rec.now_ns();  // one clock read for the start and the event
    rt.callback_starts().push_back(now);
    rt.probe().count_callback();
    rec.record_at(now, EventKind::CallbackEnter, id, cause, kind, name);
  }
  ~TickScope() {
    if (!threw_) rt_.async_fields()[kExecutionId] = prev_;
    trace::Recorder& rec = rt_.recorder();
    if (!rec.enabled()) return;
    const int64_t kind = rec.str("tick");
    auto& starts = rt_.callback_starts();
    const uint64_t now = rec.now_ns();
    int64_t ns = 0;
    if (!starts.empty()) {
      ns = static_cast<int64_t>(now - starts.back());
      starts.pop_back();
    }
    rec.record_at(now, EventKind::CallbackExit, id_, cause_, kind, ns, threw_);
  }
  TickScope(const TickScope&) = delete;
  TickScope& operator=(const TickScope&) = delete;
  // The tick returned (without this, the destructor runs during a throw).
  void returned() { threw_ = false; }

 private:
  Runtime& rt_;
  uint32_t id_;
  uint32_t cause_;
  double prev_;
  bool threw_ = true;
};

}  // namespace

void TickQueue::init(duk_context* ctx) {
  duk_push_array(ctx);
  values_ = keep_in_stash(ctx, -1, kValuesKey);
  duk_pop(ctx);
}

void TickQueue::setup(duk_context* ctx, duk_idx_t process_idx, duk_idx_t validate_idx) {
  process_ = keep_in_stash(ctx, process_idx, kProcessKey);
  validate_ = keep_in_stash(ctx, validate_idx, kValidateKey);
}

void TickQueue::next_tick(duk_context* ctx, Runtime& rt) {
  // [ callback args... ]
  const duk_idx_t argc = duk_get_top(ctx);
  if (!duk_is_function(ctx, 0)) {
    // validateFunction(callback, 'callback') throws Node's ERR_INVALID_ARG_TYPE.
    duk_push_heapptr(ctx, validate_);
    if (argc > 0) {
      duk_dup(ctx, 0);
    } else {
      duk_push_undefined(ctx);
    }
    duk_push_literal(ctx, "callback");
    duk_call(ctx, 2);
    duk_pop(ctx);
    if (argc == 0) return;
  }
  duk_push_heapptr(ctx, process_);
  duk_get_prop_literal(ctx, -1, "_exiting");
  const bool exiting = duk_to_boolean(ctx, -1);
  duk_pop_2(ctx);
  if (exiting) return;
  const uint32_t id = rt.new_id();
  const uint32_t cause = rt.execution_id();
  duk_push_heapptr(ctx, values_);  // [ callback args... values ]
  for (duk_idx_t i = 0; i < argc; ++i) {
    duk_dup(ctx, i);
    duk_put_prop_index(ctx, -2, top_ + static_cast<uint32_t>(i));
  }
  duk_pop(ctx);
  entries_.push_back(Entry{id, cause, top_, static_cast<uint32_t>(argc - 1)});
  top_ += static_cast<uint32_t>(argc);
  if (top_ > length_) length_ = top_;
  fields_[kQueued] = static_cast<double>(entries_.size() - head_);
  rt.tick_info()[kHasTickScheduled] = 1;
  trace::Recorder& rec = rt.recorder();
  if (rec.enabled()) rec.record(EventKind::TickEnqueue, id, cause);
}

void TickQueue::run(duk_context* ctx, Runtime& rt) {
  while (head_ < entries_.size()) {
    const Entry e = entries_[head_++];
    if (head_ == entries_.size()) {
      // The queue is empty now: ticks queued by this one start the array
      // again, so a chain of ticks reuses the same few slots.
      entries_.clear();
      head_ = 0;
    }
    fields_[kQueued] = static_cast<double>(entries_.size() - head_);
    fields_[kRan] += 1;
    duk_require_stack(ctx, static_cast<duk_idx_t>(e.nargs) + 3);
    duk_push_heapptr(ctx, values_);
    const duk_idx_t values = duk_get_top_index(ctx);
    duk_get_prop_index(ctx, values, e.at);  // the callback
    duk_push_undefined(ctx);                // this
    for (uint32_t i = 1; i <= e.nargs; ++i) duk_get_prop_index(ctx, values, e.at + i);
    // Let go of the callback and its arguments.
    for (uint32_t i = 0; i <= e.nargs; ++i) {
      duk_push_undefined(ctx);
      duk_put_prop_index(ctx, values, e.at + i);
    }
    if (entries_.empty()) top_ = 0;
    // [ values fn this args... ]
    TickScope scope(rt, e.id, e.cause, values + 1);
    duk_call_method(ctx, static_cast<duk_idx_t>(e.nargs));
    scope.returned();
    duk_pop_2(ctx);
  }
  if (length_ > 0) {
    // Drained: the array lets go of its slots (as `items.length = 0` did).
    duk_push_heapptr(ctx, values_);
    duk_set_length(ctx, -1, 0);
    duk_pop(ctx);
    length_ = 0;
  }
}

}  // namespace ts
