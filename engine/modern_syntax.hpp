// Finds syntax newer than what Duktape 2.7 parses (ES5.1 plus a little
// ES2015), so that a SyntaxError can name the construct instead of saying
// "parse error". Loupe's most common complaint was ES6 code failing silently;
// tickscope names the construct, the file and the line, and says why.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ts {

struct ModernSyntax {
  std::string construct;  // "arrow function (=>)"
  std::string advice;     // "write function (a) { return ...; } instead"
  int line = 0;           // 1-based
  int column = 0;         // 0-based, in bytes
  int length = 1;         // bytes to underline
};

// The modern construct on `error_line` (1-based), or failing that the
// nearest one before it within a few lines; nullopt if none.
std::optional<ModernSyntax> find_modern_syntax(std::string_view source, int error_line);

}  // namespace ts
