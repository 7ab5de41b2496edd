// internalBinding('trace'): recording events from the JS library.
//
// The JS queues (nextTick, microtasks, timers, immediates) record their
// operations here. `enabled` is read once at startup, so with tracing off the
// JS side skips the call entirely. Kind numbers come from `kinds`, generated
// from loop/trace/event_kinds.def: JS never hard-codes a kind.
#include <cstring>
#include <vector>

#include "binding.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

using trace::FieldType;

// Start times of the callbacks now running (they nest: a tick inside a timer).
std::vector<uint64_t>& callback_starts(Runtime& rt) { return rt.callback_starts(); }

// emit(kind, id, cause, a0, a1, a2, a3): payload values are converted by the
// kind's field types (strings are interned).
duk_ret_t emit(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  trace::Recorder& rec = rt.recorder();
  if (!rec.enabled()) return 0;
  const duk_uint_t k = duk_get_uint(ctx, 0);
  if (k >= trace::kEventKindCount) return duk_error(ctx, DUK_ERR_RANGE_ERROR, "bad event kind %u", k);
  const auto kind = static_cast<trace::EventKind>(k);
  const trace::KindInfo& info = trace::kind_info(kind);
  int64_t args[trace::kMaxFields] = {0, 0, 0, 0};
  for (size_t i = 0; i < info.field_count; ++i) {
    const duk_idx_t idx = static_cast<duk_idx_t>(3 + i);
    switch (info.fields[i].type) {
      case FieldType::I: args[i] = static_cast<int64_t>(duk_get_number_default(ctx, idx, 0)); break;
      case FieldType::B: args[i] = duk_to_boolean(ctx, idx) ? 1 : 0; break;
      case FieldType::F: {
        const double d = duk_get_number_default(ctx, idx, 0);
        std::memcpy(&args[i], &d, sizeof d);
        break;
      }
      case FieldType::S: {
        if (duk_is_undefined(ctx, idx)) break;
        args[i] = rt.intern_js_string(idx);
        break;
      }
      case FieldType::None: break;
    }
  }
  // callback.exit's duration is measured here, from the matching
  // callback.enter, so JS needs no clock read of its own.
  auto& starts = callback_starts(rt);
  if (kind == trace::EventKind::CallbackEnter || kind == trace::EventKind::CallbackExit) {
    const uint64_t now = rec.now_ns();
    if (kind == trace::EventKind::CallbackEnter) {
      starts.push_back(now);
      rt.probe().count_callback();
    } else if (!starts.empty()) {
      args[1] = static_cast<int64_t>(now - starts.back());
      starts.pop_back();
    }
    rec.record_at(now, kind, duk_get_uint(ctx, 1), duk_get_uint(ctx, 2), args[0], args[1],
                  args[2], args[3]);
    return 0;
  }
  rec.record(kind, duk_get_uint(ctx, 1), duk_get_uint(ctx, 2), args[0], args[1], args[2], args[3]);
  return 0;
}

// now() -> ns since the runtime started, on the trace clock.
duk_ret_t now(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(Runtime::from(ctx).recorder().now_ns()));
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"emit", emit, DUK_VARARGS},
    {"now", now, 0},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_trace_binding(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
  duk_push_boolean(ctx, rt.recorder().enabled());
  duk_put_prop_string(ctx, -2, "enabled");
  // kinds: { "timer.insert": 12, ... } by dotted name.
  duk_push_object(ctx);
  for (size_t i = 0; i < trace::kEventKindCount; ++i) {
    duk_push_uint(ctx, static_cast<duk_uint_t>(i));
    duk_put_prop_string(ctx, -2, trace::kind_info(static_cast<trace::EventKind>(i)).name);
  }
  duk_put_prop_string(ctx, -2, "kinds");
  // asyncFields: *Must* match AsyncIdField in engine/runtime.hpp.
  push_external_typed_array(ctx, rt.async_fields(), sizeof(double) * kAsyncIdFieldCount,
                            DUK_BUFOBJ_FLOAT64ARRAY);
  duk_put_prop_string(ctx, -2, "asyncFields");
}

}  // namespace ts
