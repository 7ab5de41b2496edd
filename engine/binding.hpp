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
