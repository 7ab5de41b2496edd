// Compiling JS source into a function, as Node's module wrapper does.
#pragma once

#include <duktape.h>

#include <string_view>

namespace ts {

// Compiles `source` as the body of `function (<params>) { ... }`, with
// `filename` in its stack frames. The wrapper opens on the first line, so line
// numbers are the file's own. A leading #! line is blanked, as Node does.
//
// Stack: [ ... ] -> [ ... fn ]. On a syntax error it throws a SyntaxError
// that names the file, the line and, for syntax newer than ES5, the construct
// (see modern_syntax.hpp); the error carries fileName, lineNumber,
// columnNumber (when known) and sourceLine. The script.compile event gets
// `trace_id` as its id: the require() it belongs to (0: none).
void compile_function(duk_context* ctx, std::string_view source, std::string_view filename,
                      std::string_view params, uint32_t trace_id = 0);

}  // namespace ts
