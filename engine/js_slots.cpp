#include "js_slots.hpp"

#include "check.hpp"

namespace ts {

namespace {
constexpr const char* kStashKey = "\xff" "slots";
}

void JsSlots::init(duk_context* ctx) {
  duk_push_heap_stash(ctx);
  duk_push_array(ctx);
  // The stash keeps the array alive; C++ reaches it by pointer, which skips
  // two property lookups per access.
  array_ = duk_get_heapptr(ctx, -1);
  duk_put_prop_string(ctx, -2, kStashKey);
  duk_pop(ctx);
}

void JsSlots::push_array(duk_context* ctx) const { duk_push_heapptr(ctx, array_); }

uint32_t JsSlots::put(duk_context* ctx, duk_idx_t idx) {
  idx = duk_normalize_index(ctx, idx);
  uint32_t slot;
  if (!free_.empty()) {
    slot = free_.back();
    free_.pop_back();
  } else {
    slot = next_++;
  }
  push_array(ctx);
  duk_dup(ctx, idx);
  duk_put_prop_index(ctx, -2, slot);  // [ ... array ]
  duk_pop(ctx);
  return slot;
}

void JsSlots::push(duk_context* ctx, uint32_t slot) const {
  TS_CHECK(slot < next_);
  push_array(ctx);
  duk_get_prop_index(ctx, -1, slot);  // [ ... array value ]
  duk_remove(ctx, -2);
}

void JsSlots::release(duk_context* ctx, uint32_t slot) {
  TS_CHECK(slot < next_);
  push_array(ctx);
  duk_push_undefined(ctx);
  duk_put_prop_index(ctx, -2, slot);
  duk_pop(ctx);
  free_.push_back(slot);
}

}  // namespace ts
