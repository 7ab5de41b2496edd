// Native bindings: what internalBinding(name) returns to the JS library.
//
// Conventions (Duktape's, see docs/style.md §5): a binding function is
// `duk_ret_t fn(duk_context* ctx)` returning 0 or 1; arguments are read by
// index with duk_require_* (throws a TypeError) or duk_get_* (lenient); a
// non-trivial stack manipulation carries a stack comment. Each binding file
// in modules/native ends with its function table and one init function that
// pushes the binding object; modules/native/bindings.cpp lists them all.
// Because Duktape is built with C++ exceptions, RAII is safe in bindings.
#pragma once

#include <duktape.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace ts {

struct BindingEntry {
  const char* name;
  void (*init)(duk_context* ctx);  // [ ... ] -> [ ... binding ]
};

// The binding registered under `name`, or nullptr (modules/native/bindings.cpp).
const BindingEntry* find_binding(std::string_view name);

// Pushes the internalBinding(name) function (engine/bindings_registry.cpp).
void push_internal_binding_function(duk_context* ctx);

// Sets each function of a NULL-terminated list on the object at obj_index.
void put_function_list(duk_context* ctx, duk_idx_t obj_index, const duk_function_list_entry* funcs);

// Keeps the value at idx alive in the heap stash under key (a "\xff" name)
// and returns its heapptr, for native code that holds on to a JS value.
void* keep_in_stash(duk_context* ctx, duk_idx_t idx, const char* key);

// A JS object that owns a C++ object (a hash context, a z_stream), freed by
// the JS object's finalizer. push_owned takes ownership only once the
// object holds the pointer, so a Duktape error on the way frees it.
//   [ ... ] -> [ ... handle ]
template <class T>
duk_ret_t finalize_owned(duk_context* ctx) {
  duk_get_prop_literal(ctx, 0, DUK_HIDDEN_SYMBOL("owned"));
  delete static_cast<T*>(duk_get_pointer(ctx, -1));
  duk_pop(ctx);
  duk_push_pointer(ctx, nullptr);
  duk_put_prop_literal(ctx, 0, DUK_HIDDEN_SYMBOL("owned"));
  return 0;
}

template <class T>
T& push_owned(duk_context* ctx, std::unique_ptr<T> value) {
  duk_push_object(ctx);
  duk_push_pointer(ctx, value.get());
  duk_put_prop_literal(ctx, -2, DUK_HIDDEN_SYMBOL("owned"));
  duk_push_c_function(ctx, finalize_owned<T>, 1);
  duk_set_finalizer(ctx, -2);
  return *value.release();
}

// The object owned by the handle at idx; a TypeError with `what` when it is
// not a handle or was finalized.
template <class T>
T& owned_arg(duk_context* ctx, duk_idx_t idx, const char* what) {
  duk_get_prop_literal(ctx, idx, DUK_HIDDEN_SYMBOL("owned"));
  auto* value = static_cast<T*>(duk_get_pointer(ctx, -1));
  duk_pop(ctx);
  if (value == nullptr) (void) duk_type_error(ctx, "%s", what);
  return *value;
}

// Pushes a typed array of the given kind (DUK_BUFOBJ_UINT32ARRAY, ...) viewing
// C++ memory that outlives the heap (the Runtime's shared fields).
void push_external_typed_array(duk_context* ctx, void* data, size_t bytes, duk_uint_t kind);

// Reads argument i as a string (throws a TypeError naming `what` if it is not one).
std::string require_string(duk_context* ctx, duk_idx_t i, const char* what);

// Pushes a Node-style system error: an Error with the message
// "<CODE>: <description>, <syscall> '<path>' -> '<dest>'" and the properties
// errno, code, syscall, path and dest (when given), as Node's uvException.
void push_uv_error(duk_context* ctx, int uv_err, const char* syscall, const std::string& path,
                   const std::string& dest = {});

// push_uv_error, then throws it.
[[noreturn]] void throw_uv_error(duk_context* ctx, int uv_err, const char* syscall,
                                 const std::string& path, const std::string& dest = {});

}  // namespace ts
