// The detector that names ES2015+ constructs in syntax errors.
#include <catch2/catch.hpp>

#include "modern_syntax.hpp"

using ts::find_modern_syntax;

namespace {

std::string construct_at(const std::string& source, int line) {
  auto m = find_modern_syntax(source, line);
  return m ? m->construct : std::string("none");
}

}  // namespace

TEST_CASE("each modern construct is named", "[syntax]") {
  CHECK(construct_at("var f = (a) => a;", 1) == "arrow function (=>)");
  CHECK(construct_at("let x = 1;", 1) == "let declaration");
  CHECK(construct_at("var s = `x`;", 1) == "template literal (`...`)");
  CHECK(construct_at("class A {}", 1) == "class declaration");
  CHECK(construct_at("f(...args);", 1) == "spread or rest syntax (...)");
  CHECK(construct_at("for (var x of xs) {}", 1) == "for...of loop");
  CHECK(construct_at("var {a} = o;", 1) == "destructuring declaration");
  CHECK(construct_at("function f(a, b = 1) {}", 1) == "default parameter value (a = 1)");
  CHECK(construct_at("async function f() {}", 1) == "async function");
  CHECK(construct_at("function* g() {}", 1) == "generator function (function*)");
  CHECK(construct_at("var v = a?.b;", 1) == "optional chaining (?.)");
  CHECK(construct_at("var v = a ?? b;", 1) == "nullish coalescing (?\?)");
  CHECK(construct_at("import x from 'y';", 1) == "import statement (ES modules)");
  CHECK(construct_at("var n = 10n;", 1) == "BigInt literal (123n)");
}

TEST_CASE("strings, comments and regexps never look like syntax", "[syntax]") {
  CHECK(construct_at("var s = '=> let class `';", 1) == "none");
  CHECK(construct_at("// (a) => a\nvar x = 1;", 2) == "none");
  CHECK(construct_at("/* let x */ var y = /=>`/;", 1) == "none");
  CHECK(construct_at("var o = {}; o.class = 1; o.let = 2;", 1) == "none");
}

TEST_CASE("the column points at the construct", "[syntax]") {
  auto m = find_modern_syntax("var f = (a) => a;", 1);
  REQUIRE(m);
  CHECK(m->column == 12);
  CHECK(m->length == 2);
}

TEST_CASE("a construct a few lines above the reported line is found", "[syntax]") {
  auto m = find_modern_syntax("var f = (a,\n  b) =>\n\n  a + b;", 4);
  REQUIRE(m);
  CHECK(m->line == 2);
}
