#include "handle_wrap.hpp"

#include <unordered_set>
#include <vector>

#include "runtime.hpp"

namespace ts {
namespace {

constexpr const char kWrapKey[] = "\xff" "wrap";
constexpr const char kRegistryKey[] = "\xff" "handleWraps";

// The wraps alive in one runtime. It belongs to a JS object in the heap
// stash whose finalizer runs when the heap is destroyed (Runtime's
// destructor): every wrap still open is closed there, so its close callback
// (run by the destructor's last uv_run, with no heap left) frees it. Without
// this the runtime's own clean-up would close those handles with no callback
// and the wraps would leak.
struct WrapRegistry {
  std::unordered_set<HandleWrap*> live;
};

duk_ret_t registry_finalize(duk_context* ctx) {
  duk_get_prop_literal(ctx, 0, "\xff" "ptr");
  auto* registry = static_cast<WrapRegistry*>(duk_get_pointer(ctx, -1));
  duk_pop(ctx);
  if (registry == nullptr) return 0;
  duk_push_pointer(ctx, nullptr);
  duk_put_prop_literal(ctx, 0, "\xff" "ptr");
  const std::vector<HandleWrap*> open(registry->live.begin(), registry->live.end());
  delete registry;
  for (HandleWrap* w : open) w->close_at_teardown();
  return 0;
}

WrapRegistry* registry_of(duk_context* ctx) {
  duk_push_heap_stash(ctx);
  WrapRegistry* registry = nullptr;
  if (duk_get_prop_literal(ctx, -1, kRegistryKey)) {
    duk_get_prop_literal(ctx, -1, "\xff" "ptr");
    registry = static_cast<WrapRegistry*>(duk_get_pointer(ctx, -1));
    duk_pop_2(ctx);
  } else {
    duk_pop(ctx);
    registry = new WrapRegistry;
    duk_push_object(ctx);
    duk_push_pointer(ctx, registry);
    duk_put_prop_literal(ctx, -2, "\xff" "ptr");
    duk_push_c_function(ctx, registry_finalize, 1);
    duk_set_finalizer(ctx, -2);
    duk_put_prop_literal(ctx, -2, kRegistryKey);
  }
  duk_pop(ctx);
  return registry;
}

}  // namespace

void HandleWrap::close_at_teardown() {
  registry_ = nullptr;  // the registry is gone
  if (closing_) return;
  closing_ = true;
  close_cb_slot_ = -1;  // the heap is being destroyed: no JS callback
  uv_handle_t* h = uv_handle();
  if (h == nullptr || !initialized_) {
    delete this;
    return;
  }
  uv_close(h, on_close);
}

const char* uv_error_code(int err) { return err == 0 ? "" : uv_err_name(err); }

HandleWrap::HandleWrap(Runtime& rt, duk_context* ctx, duk_idx_t object, const char* kind)
    : rt_(rt), kind_(kind) {
  object = duk_normalize_index(ctx, object);
  slot_ = rt.slots().put(ctx, object);
  id_ = rt.new_id();
  cause_ = rt.execution_id();
  duk_push_pointer(ctx, this);
  duk_put_prop_literal(ctx, object, kWrapKey);
  registry_ = registry_of(ctx);
  static_cast<WrapRegistry*>(registry_)->live.insert(this);
}

HandleWrap::~HandleWrap() {
  if (registry_ != nullptr) static_cast<WrapRegistry*>(registry_)->live.erase(this);
}

void HandleWrap::push_object(duk_context* ctx) const { rt_.slots().push(ctx, slot_); }

HandleWrap* HandleWrap::from_object(duk_context* ctx, duk_idx_t idx) {
  if (!duk_is_object(ctx, idx)) return nullptr;
  duk_get_prop_literal(ctx, idx, kWrapKey);
  auto* w = static_cast<HandleWrap*>(duk_get_pointer(ctx, -1));
  duk_pop(ctx);
  return w;
}

HandleWrap* HandleWrap::from_this(duk_context* ctx) {
  duk_push_this(ctx);
  HandleWrap* w = from_object(ctx, -1);
  duk_pop(ctx);
  return w;
}

void HandleWrap::call_method(const char* method, duk_idx_t nargs, uint32_t id, uint32_t cause) {
  duk_context* ctx = rt_.ctx();
  if (ctx == nullptr) return;
  if (!rt_.can_call_into_js()) {
    duk_pop_n(ctx, nargs);
    return;
  }
  const duk_idx_t base = duk_get_top(ctx) - nargs;
  push_object(ctx);                     // [ ... args obj ]
  duk_get_prop_string(ctx, -1, method);  // [ ... args obj fn ]
  if (!duk_is_function(ctx, -1)) {
    duk_set_top(ctx, base);
    return;
  }
  duk_insert(ctx, base);  // [ ... fn args obj ]
  duk_insert(ctx, base + 1);  // [ ... fn obj args ]
  {
    CallbackScope scope(rt_, kind_, id, cause, base);
    scope.set_threw(!rt_.call_into_js(nargs));
  }
  duk_pop(ctx);
  rt_.run_checkpoint();
}

void HandleWrap::close(duk_context* ctx, duk_idx_t cb_index) {
  if (closing_) return;
  closing_ = true;
  const bool has_cb = duk_is_function(ctx, cb_index);
  if (has_cb) close_cb_slot_ = rt_.slots().put(ctx, cb_index);
  close_cause_ = rt_.execution_id();
  auto& rec = rt_.recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::HandleClose, id_, close_cause_, rec.str(kind_), has_cb);
  }
  uv_handle_t* h = uv_handle();
  if (h == nullptr || !initialized_) {
    // Nothing to close in libuv (a process handle that never spawned): the
    // callback still runs asynchronously, as a closed handle's would.
    detach();
    if (close_cb_slot_ >= 0) rt_.slots().release(ctx, static_cast<uint32_t>(close_cb_slot_));
    delete this;
    return;
  }
  uv_close(h, on_close);
}

void HandleWrap::detach() {
  duk_context* ctx = rt_.ctx();
  if (ctx == nullptr) return;
  push_object(ctx);
  duk_push_pointer(ctx, nullptr);
  duk_put_prop_literal(ctx, -2, kWrapKey);
  duk_pop(ctx);
  rt_.slots().release(ctx, slot_);
}

void HandleWrap::on_close(uv_handle_t* handle) {
  auto* self = static_cast<HandleWrap*>(handle->data);
  Runtime& rt = self->rt_;
  duk_context* ctx = rt.ctx();
  self->on_closed();
  if (ctx == nullptr) {  // the heap is gone (Runtime teardown)
    delete self;
    return;
  }
  rt.probe().on_close_callback();
  auto& rec = rt.recorder();
  if (rec.enabled()) rec.record(trace::EventKind::HandleClosed, self->id_, self->close_cause_, rec.str(self->kind_));
  const int64_t cb = self->close_cb_slot_;
  const uint32_t id = self->id_;
  const uint32_t cause = self->close_cause_;
  const char* kind = self->kind_;
  // [ ... ] -> keep the object on the stack as `this` of the callback.
  self->push_object(ctx);
  self->detach();
  delete self;
  if (cb >= 0) {
    rt.slots().push(ctx, static_cast<uint32_t>(cb));  // [ ... obj cb ]
    rt.slots().release(ctx, static_cast<uint32_t>(cb));
    if (rt.can_call_into_js()) {
      duk_swap_top(ctx, -2);  // [ ... cb obj ]
      const duk_idx_t fn = duk_get_top(ctx) - 2;
      {
        CallbackScope scope(rt, "close", id, cause, fn);
        scope.set_threw(!rt.call_into_js(0));
      }
      duk_pop(ctx);
      rt.run_checkpoint();
      return;
    }
    duk_pop(ctx);
  }
  (void) kind;
  duk_pop(ctx);
}

namespace {

duk_ret_t handle_close(duk_context* ctx) {
  HandleWrap* w = HandleWrap::from_this(ctx);
  if (w != nullptr) w->close(ctx, 0);
  return 0;
}

duk_ret_t handle_ref(duk_context* ctx) {
  HandleWrap* w = HandleWrap::from_this(ctx);
  if (w != nullptr && w->uv_handle() != nullptr && !w->closing()) uv_ref(w->uv_handle());
  return 0;
}

duk_ret_t handle_unref(duk_context* ctx) {
  HandleWrap* w = HandleWrap::from_this(ctx);
  if (w != nullptr && w->uv_handle() != nullptr && !w->closing()) uv_unref(w->uv_handle());
  return 0;
}

duk_ret_t handle_has_ref(duk_context* ctx) {
  HandleWrap* w = HandleWrap::from_this(ctx);
  duk_push_boolean(ctx, w != nullptr && w->uv_handle() != nullptr && !w->closing() &&
                            uv_has_ref(w->uv_handle()) != 0);
  return 1;
}

duk_ret_t handle_get_async_id(duk_context* ctx) {
  HandleWrap* w = HandleWrap::from_this(ctx);
  duk_push_number(ctx, w != nullptr ? w->id() : -1);
  return 1;
}

const duk_function_list_entry kHandleMethods[] = {
    {"close", handle_close, 1},
    {"ref", handle_ref, 0},
    {"unref", handle_unref, 0},
    {"hasRef", handle_has_ref, 0},
    {"getAsyncId", handle_get_async_id, 0},
    {nullptr, nullptr, 0},
};

}  // namespace

void HandleWrap::put_methods(duk_context* ctx, duk_idx_t proto) {
  duk_put_function_list(ctx, proto, kHandleMethods);
}

}  // namespace ts
