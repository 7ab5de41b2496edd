// Helpers implemented next to the Duktape engine (duktape_unit.cpp) because
// they touch its internal structures.
#pragma once

#include <duktape.h>

namespace ts::duk_internal {

// Makes the executor run its interrupt check at the next instruction.
void request_interrupt(duk_context* ctx);

// Object.preventExtensions on the object at idx, without calling into the
// engine's builtin: clears its extensible flag and nothing else. The builtin
// also compacts the property table, which for a fresh object with no own
// properties (Buffer views) only costs a reallocation.
void prevent_extensions(duk_context* ctx, duk_idx_t idx);

}  // namespace ts::duk_internal
