#include "binding.hpp"

#include <uv.h>

namespace ts {
namespace {

// internalBinding(name): the binding object, created once per runtime and
// cached in the heap stash.
duk_ret_t internal_binding(duk_context* ctx) {
  const std::string name = require_string(ctx, 0, "name");
  duk_push_heap_stash(ctx);
  if (!duk_get_prop_string(ctx, -1, "\xff" "bindings")) {
    duk_pop(ctx);
    duk_push_object(ctx);
    duk_dup_top(ctx);
    duk_put_prop_string(ctx, -3, "\xff" "bindings");
  }
  // [ name stash cache ]
  if (duk_get_prop_string(ctx, -1, name.c_str())) return 1;
  duk_pop(ctx);
  const BindingEntry* entry = find_binding(name);
  if (entry == nullptr) {
    (void) duk_error(ctx, DUK_ERR_ERROR, "No such binding: %s", name.c_str());
  }
  entry->init(ctx);
  // [ name stash cache binding ]
  duk_dup_top(ctx);
  duk_put_prop_string(ctx, -3, name.c_str());
  return 1;
}

}  // namespace

void push_internal_binding_function(duk_context* ctx) {
  duk_push_c_function(ctx, internal_binding, 1);
}

void put_function_list(duk_context* ctx, duk_idx_t obj_index,
                       const duk_function_list_entry* funcs) {
  duk_put_function_list(ctx, obj_index, funcs);
}

void* keep_in_stash(duk_context* ctx, duk_idx_t idx, const char* key) {
  idx = duk_normalize_index(ctx, idx);
  duk_push_heap_stash(ctx);
  duk_dup(ctx, idx);
  duk_put_prop_string(ctx, -2, key);
  duk_pop(ctx);
  return duk_get_heapptr(ctx, idx);
}

void push_external_typed_array(duk_context* ctx, void* data, size_t bytes, duk_uint_t kind) {
  duk_push_external_buffer(ctx);
  duk_config_buffer(ctx, -1, data, bytes);
  duk_push_buffer_object(ctx, -1, 0, bytes, kind);
  duk_remove(ctx, -2);
}

std::string require_string(duk_context* ctx, duk_idx_t i, const char* what) {
  if (!duk_is_string(ctx, i)) {
    (void) duk_error(ctx, DUK_ERR_TYPE_ERROR, "The \"%s\" argument must be of type string", what);
  }
  duk_size_t len;
  const char* s = duk_get_lstring(ctx, i, &len);
  return std::string(s, len);
}

void throw_uv_error(duk_context* ctx, int uv_err, const char* syscall, const std::string& path,
                    const std::string& dest) {
  push_uv_error(ctx, uv_err, syscall, path, dest);
  (void) duk_throw(ctx);
  for (;;) {
  }
}

void push_uv_error(duk_context* ctx, int uv_err, const char* syscall, const std::string& path,
                   const std::string& dest) {
  std::string msg = std::string(uv_err_name(uv_err)) + ": " + uv_strerror(uv_err) + ", " + syscall;
  if (!path.empty()) msg += " '" + path + "'";
  if (!dest.empty()) msg += " -> '" + dest + "'";
  // No C file and line (duk_push_error_object would add this file's as a
  // stack frame): the stack holds the JS frames only, and an error made in
  // a callback from the loop has none - Node prints those as [Error: ...].
  duk_push_error_object_raw(ctx, DUK_ERR_ERROR, nullptr, 0, "%s", msg.c_str());
  duk_push_int(ctx, uv_err);
  duk_put_prop_string(ctx, -2, "errno");
  duk_push_string(ctx, uv_err_name(uv_err));
  duk_put_prop_string(ctx, -2, "code");
  duk_push_string(ctx, syscall);
  duk_put_prop_string(ctx, -2, "syscall");
  if (!path.empty()) {
    duk_push_lstring(ctx, path.data(), path.size());
    duk_put_prop_string(ctx, -2, "path");
  }
  if (!dest.empty()) {
    duk_push_lstring(ctx, dest.data(), dest.size());
    duk_put_prop_string(ctx, -2, "dest");
  }
}

}  // namespace ts
