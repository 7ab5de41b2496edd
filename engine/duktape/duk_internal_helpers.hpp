// Helpers implemented next to the Duktape engine (duktape_unit.cpp) because
// they touch its internal structures.
#pragma once

#include <duktape.h>

namespace ts::duk_internal {

// Makes the executor run its interrupt check at the next instruction.
void request_interrupt(duk_context* ctx);

}  // namespace ts::duk_internal
