#include "js_compile.hpp"

#include <chrono>
#include <string>

#include "modern_syntax.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

// The text of line `line` (1-based) of source.
std::string_view source_line(std::string_view source, int line) {
  size_t start = 0;
  for (int l = 1; l < line; ++l) {
    const size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t end = source.find('\n', start);
  if (end == std::string_view::npos) end = source.size();
  std::string_view text = source.substr(start, end - start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

// "parse error (line 3, end of input)" -> "parse error", and sets *end_of_input.
std::string strip_line_suffix(std::string msg, bool* end_of_input) {
  *end_of_input = msg.find("end of input") != std::string::npos;
  const size_t paren = msg.rfind(" (line ");
  if (paren != std::string::npos) msg.resize(paren);
  return msg;
}

// Replaces Duktape's terse messages with what a reader can act on.
std::string explain(const std::string& duk_msg, bool end_of_input) {
  if (end_of_input) return "Unexpected end of input: a bracket, brace or string is not closed";
  if (duk_msg == "parse error") return "Unexpected token: this line is not valid JavaScript";
  if (duk_msg == "invalid token") return "Invalid or unexpected token";
  if (duk_msg == "unterminated string") return "Invalid or unexpected token: unterminated string";
  return duk_msg;
}

// [ ... obj value ] -> [ ... obj ]: obj[key] = value, writable and
// configurable but not enumerable.
void put_hidden(duk_context* ctx, const char* key) {
  duk_push_string(ctx, key);
  duk_insert(ctx, -2);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                            DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_SET_CONFIGURABLE);
}

[[noreturn]] void throw_syntax_error(duk_context* ctx, std::string_view source,
                                     std::string_view filename) {
  // [ ... duk_error ]
  duk_get_prop_string(ctx, -1, "lineNumber");
  int line = duk_is_number(ctx, -1) ? duk_get_int(ctx, -1) : 0;
  duk_pop(ctx);
  duk_get_prop_string(ctx, -1, "message");
  std::string duk_msg = duk_safe_to_string(ctx, -1);
  duk_pop_2(ctx);

  bool end_of_input = false;
  duk_msg = strip_line_suffix(duk_msg, &end_of_input);
  std::string message;
  int column = -1;
  int length = 1;
  if (auto modern = find_modern_syntax(source, line)) {
    line = modern->line;
    column = modern->column;
    length = modern->length;
    message = modern->construct + " is not supported: tickscope runs ES5 JavaScript (Duktape 2.7); " +
              modern->advice + ".";
  } else {
    message = explain(duk_msg, end_of_input);
    if (message != duk_msg) message += " (Duktape: " + duk_msg + ")";
  }
  if (line <= 0) line = 1;

  duk_push_error_object(ctx, DUK_ERR_SYNTAX_ERROR, "%s", message.c_str());
  // [ ... duk_error error ] The location goes on as hidden properties (as
  // Node's are): the fatal-error printer reads them, inspect() does not show them.
  duk_push_lstring(ctx, filename.data(), filename.size());
  put_hidden(ctx, "fileName");
  duk_push_int(ctx, line);
  put_hidden(ctx, "lineNumber");
  if (column >= 0) {
    duk_push_int(ctx, column);
    put_hidden(ctx, "columnNumber");
    duk_push_int(ctx, length);
    put_hidden(ctx, "columnLength");
  }
  const std::string_view text = source_line(source, line);
  duk_push_lstring(ctx, text.data(), text.size());
  put_hidden(ctx, "sourceLine");
  // Node's SyntaxError stack is just "file:line" framing plus the message;
  // a stack of C frames from Duktape's compiler would only confuse.
  duk_push_string(ctx, ("SyntaxError: " + message + "\n    at " + std::string(filename) + ":" +
                        std::to_string(line))
                           .c_str());
  put_hidden(ctx, "stack");
  (void) duk_throw(ctx);
  for (;;) {
  }
}

}  // namespace

void compile_function(duk_context* ctx, std::string_view source, std::string_view filename,
                      std::string_view params, uint32_t trace_id) {
  const uint64_t started = Runtime::from(ctx).recorder().now_ns();
  std::string wrapped;
  wrapped.reserve(source.size() + params.size() + 20);
  wrapped += "function (";
  wrapped += params;
  wrapped += ") {";
  if (source.size() >= 2 && source[0] == '#' && source[1] == '!') {
    // Keep the line, lose the shebang.
    const size_t nl = source.find('\n');
    wrapped += "//";
    wrapped += source.substr(2, nl == std::string_view::npos ? std::string_view::npos : nl - 2);
    if (nl != std::string_view::npos) wrapped += source.substr(nl);
  } else {
    wrapped += source;
  }
  wrapped += "\n}";

  duk_push_lstring(ctx, filename.data(), filename.size());
  if (duk_pcompile_lstring_filename(ctx, DUK_COMPILE_FUNCTION, wrapped.data(), wrapped.size()) !=
      0) {
    throw_syntax_error(ctx, source, filename);
  }
  Runtime& rt = Runtime::from(ctx);
  auto& rec = rt.recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::ScriptCompile, trace_id, rt.execution_id(), rec.str(filename),
               static_cast<int64_t>(source.size()), static_cast<int64_t>(rec.now_ns() - started));
  }
}

}  // namespace ts
