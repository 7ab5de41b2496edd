// internalBinding('task_queue'): the nextTick/microtask checkpoint's C++ side,
// and the nextTick queue itself (engine/tick_queue.hpp says how and why).
#include "binding.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

// setTickCallback(processTicksAndRejections)
duk_ret_t set_tick_callback(duk_context* ctx) {
  duk_require_function(ctx, 0);
  Runtime::from(ctx).set_callback(JsCallback::Tick, 0);
  return 0;
}

// setupTickQueue(process, validateFunction)
duk_ret_t setup_tick_queue(duk_context* ctx) {
  duk_require_object(ctx, 0);
  duk_require_function(ctx, 1);
  Runtime::from(ctx).ticks().setup(ctx, 0, 1);
  return 0;
}

// nextTick(callback, ...args): process.nextTick itself.
duk_ret_t next_tick(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  rt.ticks().next_tick(ctx, rt);
  return 0;
}

// runTicks(): every queued tick, including ones queued meanwhile.
duk_ret_t run_ticks(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  rt.ticks().run(ctx, rt);
  return 0;
}

const duk_function_list_entry kFunctions[] = {
    {"setTickCallback", set_tick_callback, 1},
    {"setupTickQueue", setup_tick_queue, 2},
    {nullptr, nullptr, 0},
};

// Sets a named native function on the object at the stack top; the name
// shows in stack traces ("at runTicks (native)") and in process.nextTick.name,
// and length is what Node's JS function has.
void put_named_function(duk_context* ctx, duk_c_function fn, const char* name, int length) {
  duk_push_c_function(ctx, fn, DUK_VARARGS);
  duk_push_literal(ctx, "name");
  duk_push_string(ctx, name);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
  duk_push_literal(ctx, "length");
  duk_push_int(ctx, length);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
  duk_put_prop_string(ctx, -2, name);
}

}  // namespace

void init_task_queue_binding(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  rt.ticks().init(ctx);
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
  put_named_function(ctx, next_tick, "nextTick", 1);
  put_named_function(ctx, run_ticks, "runTicks", 0);
  // tickInfo: *Must* match TickInfoField in engine/runtime.hpp.
  push_external_typed_array(ctx, rt.tick_info(), sizeof(uint32_t) * kTickInfoCount,
                            DUK_BUFOBJ_UINT32ARRAY);
  duk_put_prop_string(ctx, -2, "tickInfo");
  // tickQueueFields: *Must* match TickQueue::Field (engine/tick_queue.hpp).
  push_external_typed_array(ctx, rt.ticks().fields(), sizeof(double) * TickQueue::kFieldCount,
                            DUK_BUFOBJ_FLOAT64ARRAY);
  duk_put_prop_string(ctx, -2, "tickQueueFields");
}

}  // namespace ts
