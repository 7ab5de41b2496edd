// JsSlots: JS values that C++ keeps alive, by small integer.
//
// C++ must not hold raw pointers to JS objects (the GC would not see them),
// so they live in a JS array in the heap stash and C++ keeps the index. Freed
// indices are reused, so the array stays dense: Duktape stores it in its
// array part and a lookup is an index, not a property search.
#pragma once

#include <duktape.h>

#include <cstdint>
#include <vector>

namespace ts {

class JsSlots {
 public:
  // Creates the backing array; call once, with the heap ready.
  void init(duk_context* ctx);
  // Keeps the value at `idx` alive; returns its slot.
  uint32_t put(duk_context* ctx, duk_idx_t idx);
  // [ ... ] -> [ ... value ]
  void push(duk_context* ctx, uint32_t slot) const;
  // Forgets the value (the slot will be reused).
  void release(duk_context* ctx, uint32_t slot);
  size_t live() const { return next_ - free_.size(); }

 private:
  void push_array(duk_context* ctx) const;

  std::vector<uint32_t> free_;
  uint32_t next_ = 0;
  void* array_ = nullptr;  // the JS array (kept alive by the heap stash)
};

}  // namespace ts
