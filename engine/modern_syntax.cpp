#include "modern_syntax.hpp"

#include <cctype>
#include <vector>

namespace ts {
namespace {

enum class Tok { Ident, Number, String, Template, Regex, Punct, End };

struct Token {
  Tok type;
  std::string_view text;
  int line;
  int column;
};

bool ident_start(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool ident_part(char c) { return ident_start(c) || std::isdigit(static_cast<unsigned char>(c)); }

// A small JS tokenizer: enough to skip comments, strings and regexps so that
// their contents never look like syntax.
class Lexer {
 public:
  explicit Lexer(std::string_view src) : s_(src) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    while (true) {
      skip_space_and_comments();
      if (i_ >= s_.size()) break;
      out.push_back(next(out.empty() ? nullptr : &out.back()));
    }
    return out;
  }

 private:
  Token make(Tok type, size_t start, int line, int col) {
    return Token{type, s_.substr(start, i_ - start), line, col};
  }

  void advance() {
    if (s_[i_] == '\n') {
      ++line_;
      line_start_ = i_ + 1;
    }
    ++i_;
  }

  void skip_space_and_comments() {
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        advance();
      } else if (c == '/' && i_ + 1 < s_.size() && s_[i_ + 1] == '/') {
        while (i_ < s_.size() && s_[i_] != '\n') advance();
      } else if (c == '/' && i_ + 1 < s_.size() && s_[i_ + 1] == '*') {
        advance();
        advance();
        while (i_ < s_.size() && !(s_[i_] == '*' && i_ + 1 < s_.size() && s_[i_ + 1] == '/')) {
          advance();
        }
        if (i_ < s_.size()) {
          advance();
          advance();
        }
      } else if (c == '#' && i_ == 0 && s_.size() > 1 && s_[1] == '!') {
        while (i_ < s_.size() && s_[i_] != '\n') advance();  // shebang
      } else {
        break;
      }
    }
  }

  // Whether a '/' here starts a regexp (rather than a division).
  static bool regex_allowed(const Token* prev) {
    if (prev == nullptr) return true;
    if (prev->type == Tok::Number || prev->type == Tok::String || prev->type == Tok::Template ||
        prev->type == Tok::Regex) {
      return false;
    }
    if (prev->type == Tok::Ident) {
      static const char* kKeywords[] = {"return", "typeof", "instanceof", "in",  "of",
                                        "new",    "delete", "void",       "throw", "case",
                                        "do",     "else",   "yield",      "await"};
      for (const char* k : kKeywords) {
        if (prev->text == k) return true;
      }
      return false;
    }
    return !(prev->text == ")" || prev->text == "]" || prev->text == "}");
  }

  Token next(const Token* prev) {
    const size_t start = i_;
    const int line = line_;
    const int col = static_cast<int>(i_ - line_start_);
    const char c = s_[i_];
    if (ident_start(c)) {
      while (i_ < s_.size() && ident_part(s_[i_])) advance();
      return make(Tok::Ident, start, line, col);
    }
    if (std::isdigit(static_cast<unsigned char>(c)) ||
        (c == '.' && i_ + 1 < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_ + 1])))) {
      while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) ||
                                s_[i_] == '.' || s_[i_] == '_')) {
        advance();
      }
      return make(Tok::Number, start, line, col);
    }
    if (c == '"' || c == '\'') {
      advance();
      while (i_ < s_.size() && s_[i_] != c && s_[i_] != '\n') {
        if (s_[i_] == '\\') advance();
        if (i_ < s_.size()) advance();
      }
      if (i_ < s_.size() && s_[i_] == c) advance();
      return make(Tok::String, start, line, col);
    }
    if (c == '`') {
      advance();
      while (i_ < s_.size() && s_[i_] != '`') {
        if (s_[i_] == '\\') advance();
        if (i_ < s_.size()) advance();
      }
      if (i_ < s_.size()) advance();
      return make(Tok::Template, start, line, col);
    }
    if (c == '/' && regex_allowed(prev)) {
      advance();
      bool in_class = false;
      while (i_ < s_.size() && s_[i_] != '\n') {
        const char d = s_[i_];
        if (d == '\\') {
          advance();
        } else if (d == '[') {
          in_class = true;
        } else if (d == ']') {
          in_class = false;
        } else if (d == '/' && !in_class) {
          break;
        }
        if (i_ < s_.size()) advance();
      }
      if (i_ < s_.size() && s_[i_] == '/') advance();
      while (i_ < s_.size() && ident_part(s_[i_])) advance();
      return make(Tok::Regex, start, line, col);
    }
    static const char* kPuncts[] = {">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>",
                                     "=>",   "?.",  "??",  "**",  "==",  "!=",  "<=",  ">=",
                                     "&&",   "||",  "++",  "--",  "+=",  "-=",  "*=",  "/=",
                                     "%=",   "&=",  "|=",  "^=",  "<<",  ">>"};
    for (const char* p : kPuncts) {
      const std::string_view pv(p);
      if (s_.substr(i_, pv.size()) == pv) {
        for (size_t k = 0; k < pv.size(); ++k) advance();
        return make(Tok::Punct, start, line, col);
      }
    }
    advance();
    return make(Tok::Punct, start, line, col);
  }

  std::string_view s_;
  size_t i_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;
};

bool is(const std::vector<Token>& t, size_t i, std::string_view text) {
  return i < t.size() && t[i].text == text;
}

bool is_ident(const std::vector<Token>& t, size_t i) {
  return i < t.size() && t[i].type == Tok::Ident;
}

// The index of the token closing the bracket at `open`, or t.size().
size_t matching(const std::vector<Token>& t, size_t open) {
  int depth = 0;
  for (size_t i = open; i < t.size(); ++i) {
    if (t[i].type != Tok::Punct) continue;
    const std::string_view x = t[i].text;
    if (x == "(" || x == "[" || x == "{") ++depth;
    if (x == ")" || x == "]" || x == "}") {
      if (--depth == 0) return i;
    }
  }
  return t.size();
}

void found(std::vector<ModernSyntax>& out, const Token& tok, const char* construct,
           const char* advice, int length = 0) {
  out.push_back(ModernSyntax{construct, advice, tok.line, tok.column,
                             length > 0 ? length : static_cast<int>(tok.text.size())});
}

std::vector<ModernSyntax> scan(const std::vector<Token>& t) {
  std::vector<ModernSyntax> out;
  for (size_t i = 0; i < t.size(); ++i) {
    const Token& k = t[i];
    const bool after_dot = i > 0 && t[i - 1].text == ".";
    switch (k.type) {
      case Tok::Template:
        found(out, k, "template literal (`...`)",
              "build the string with + instead, e.g. 'a ' + x + ' b'", 1);
        continue;
      case Tok::Number:
        if (k.text.back() == 'n' && k.text.size() > 1 &&
            !(k.text.size() > 2 && (k.text[1] == 'x' || k.text[1] == 'X'))) {
          found(out, k, "BigInt literal (123n)", "BigInt does not exist in Duktape; use a Number");
        } else if (k.text.find('_') != std::string_view::npos) {
          found(out, k, "numeric separator (1_000)", "write the number without underscores");
        }
        continue;
      case Tok::Punct:
        if (k.text == "=>") {
          found(out, k, "arrow function (=>)",
                "write function (a) { return ...; } instead (and mind that `this` differs)");
        } else if (k.text == "...") {
          found(out, k, "spread or rest syntax (...)",
                "use fn.apply(null, args), Array.prototype.slice.call(arguments) or concat");
        } else if (k.text == "?.") {
          found(out, k, "optional chaining (?.)", "test for null explicitly: a && a.b");
        } else if (k.text == "??") {
          found(out, k, "nullish coalescing (?\?)",
                "write (a !== null && a !== undefined) ? a : b");
        } else if (k.text == "#" && is_ident(t, i + 1)) {
          found(out, k, "class private field (#name)", "use a plain property");
        } else if (k.text == "," && (is(t, i + 1, ")"))) {
          found(out, k, "trailing comma in a call or parameter list",
                "remove the comma before the closing parenthesis");
        }
        continue;
      case Tok::Ident:
        break;
      default:
        continue;
    }
    if (after_dot) continue;  // a property name, not a keyword
    const std::string_view w = k.text;
    if (w == "let" && (is_ident(t, i + 1) || is(t, i + 1, "[") || is(t, i + 1, "{"))) {
      found(out, k, "let declaration", "use var (function-scoped) instead");
    } else if ((w == "var" || w == "const" || w == "let") &&
               (is(t, i + 1, "{") || is(t, i + 1, "["))) {
      found(out, k, "destructuring declaration",
            "assign each property on its own: var a = obj.a");
    } else if (w == "class" && (is_ident(t, i + 1) || is(t, i + 1, "{"))) {
      found(out, k, "class declaration",
            "use a constructor function and prototype methods (util.inherits for subclasses)");
    } else if (w == "async" && (is(t, i + 1, "function") || is(t, i + 1, "(") ||
                                (is_ident(t, i + 1) && is(t, i + 2, "=>")))) {
      found(out, k, "async function", "use callbacks or promise.then()");
    } else if (w == "await" && i + 1 < t.size() &&
               (is_ident(t, i + 1) || is(t, i + 1, "(") || is(t, i + 1, "new"))) {
      found(out, k, "await expression", "use promise.then(function (value) { ... })");
    } else if (w == "function" && is(t, i + 1, "*")) {
      found(out, k, "generator function (function*)", "write an iterator object by hand",
            static_cast<int>(t[i + 1].column - k.column + 1));
    } else if (w == "yield" && i + 1 < t.size() && !is(t, i + 1, ";") && !is(t, i + 1, ")")) {
      found(out, k, "yield (generators)", "write an iterator object by hand");
    } else if (w == "for" && is(t, i + 1, "(")) {
      size_t j = i + 2;
      if (is(t, j, "var") || is(t, j, "let") || is(t, j, "const")) ++j;
      if (is_ident(t, j) && is(t, j + 1, "of")) {
        found(out, t[j + 1], "for...of loop",
              "loop with an index: for (var i = 0; i < a.length; i++)");
      }
    } else if ((w == "import" || w == "export") && (i == 0 || t[i - 1].text == ";" ||
                                                   t[i - 1].text == "}" ||
                                                   t[i - 1].line < k.line)) {
      if (!is(t, i + 1, "(") && !is(t, i + 1, ".")) {
        found(out, k, w == "import" ? "import statement (ES modules)" : "export statement (ES modules)",
              "tickscope runs CommonJS: use require() and module.exports");
      }
    } else if (w == "function") {
      // Default parameters: function name(a, b = 1)
      size_t open = i + 1;
      if (is_ident(t, open)) ++open;
      if (is(t, open, "(")) {
        const size_t close = matching(t, open);
        int depth = 0;
        for (size_t j = open; j < close; ++j) {
          const std::string_view x = t[j].text;
          if (x == "(" || x == "[" || x == "{") ++depth;
          if (x == ")" || x == "]" || x == "}") --depth;
          if (depth == 1 && x == "=" && t[j].type == Tok::Punct) {
            found(out, t[j], "default parameter value (a = 1)",
                  "set it in the body: if (a === undefined) a = 1");
            break;
          }
        }
      }
    }
  }
  return out;
}

}  // namespace

std::optional<ModernSyntax> find_modern_syntax(std::string_view source, int error_line) {
  const std::vector<ModernSyntax> all = scan(Lexer(source).run());
  const ModernSyntax* best = nullptr;
  for (const ModernSyntax& m : all) {
    if (m.line == error_line) return m;
    // Duktape sometimes reports the error a line or two after the construct
    // (a multi-line parameter list before =>).
    if (m.line < error_line && m.line >= error_line - 3) best = &m;
  }
  if (best != nullptr) return *best;
  return std::nullopt;
}

}  // namespace ts
