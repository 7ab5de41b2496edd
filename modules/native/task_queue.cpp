// internalBinding('task_queue'): the nextTick/microtask checkpoint's C++ side.
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

const duk_function_list_entry kFunctions[] = {
    {"setTickCallback", set_tick_callback, 1},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_task_queue_binding(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
  // tickInfo: *Must* match TickInfoField in engine/runtime.hpp.
  push_external_typed_array(ctx, rt.tick_info(), sizeof(uint32_t) * kTickInfoCount,
                            DUK_BUFOBJ_UINT32ARRAY);
  duk_put_prop_string(ctx, -2, "tickInfo");
}

}  // namespace ts
