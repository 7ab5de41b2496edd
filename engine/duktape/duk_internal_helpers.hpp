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

// Gives the object at idx room for `count` properties at once. An object
// built property by property grows its table every two properties (a
// reallocation and a copy each time); a fast path that knows the final shape
// sizes it once.
void reserve_properties(duk_context* ctx, duk_idx_t idx, unsigned count);

// [ ... key value ] -> [ ... ]: defines obj[key] = value as an own data
// property (writable, enumerable, configurable), the way an object literal's
// properties are defined: without the walk up the prototype chain that an
// assignment makes looking for a setter. For objects under construction,
// whose prototype chain has no setter for `key`.
void define_own(duk_context* ctx, duk_idx_t obj_idx);

}  // namespace ts::duk_internal
