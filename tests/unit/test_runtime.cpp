// The runtime as a library: the module wrapper, console output, uncaught
// errors, syntax errors, process.exit, and several runtimes in one process.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using ts::test::run_script;

TEST_CASE("the main module runs in Node's wrapper", "[runtime][modules]") {
  auto r = run_script(
      "console.log(this === module.exports, typeof exports, typeof require,\n"
      "  typeof __filename, __filename === module.filename,\n"
      "  require('path').basename(__filename), __dirname === require('path').dirname(__filename));\n");
  CHECK(r.code == 0);
  CHECK(r.out == "true object function string true main.js true\n");
}

TEST_CASE("relative require loads .js and .json files and caches them", "[runtime][modules]") {
  ts::test::TempDir dir;
  dir.write("lib/a.js", "exports.n = (exports.n || 0) + 1; exports.data = require('./data');\n");
  dir.write("lib/data.json", "{\"answer\": 42}");
  const std::string main = dir.write("main.js",
      "var a = require('./lib/a'); var again = require('./lib/a.js');\n"
      "console.log(a.n, a.data.answer, a === again);\n");
  std::string out;
  ts::RuntimeOptions options;
  options.output = [&out](int, std::string_view b) { out.append(b.data(), b.size()); };
  ts::Runtime rt(options);
  CHECK(rt.run_main(main) == 0);
  CHECK(out == "1 42 true\n");
}

TEST_CASE("console.log formats placeholders and values as Node does", "[runtime][console]") {
  auto r = run_script(
      "console.log('%s is %d years', 'node', 14);\n"
      "console.log('%i|%f|%j|%%', 3.9, '1.5', {a: 1});\n"
      "console.log(1, 'a', null, undefined, true, -0, NaN);\n"
      "console.error('to stderr');\n");
  CHECK(r.out == "node is 14 years\n3|1.5|{\"a\":1}|%\n1 a null undefined true -0 NaN\n");
  CHECK(r.err == "to stderr\n");
}

TEST_CASE("an uncaught exception prints the throw site and exits 1 after 'exit'",
          "[runtime][errors]") {
  auto r = run_script(
      "process.on('exit', function (c) { console.log('exit', c); });\n"
      "function inner() {\n"
      "  throw new TypeError('boom');\n"
      "}\n"
      "inner();\n");
  CHECK(r.code == 1);
  CHECK(r.out == "exit 1\n");
  CHECK(r.err.find("main.js:3\n  throw new TypeError('boom');\n  ^\n") != std::string::npos);
  CHECK(r.err.find("TypeError: boom\n    at inner (") != std::string::npos);
}

TEST_CASE("an uncaught value that is not an Error still names where it was thrown",
          "[runtime][errors]") {
  // A caught throw first: the site printed must be the uncaught one's.
  auto r = run_script(
      "try { throw 'caught'; } catch (e) {}\n"
      "setTimeout(function later() {\n"
      "  throw { code: 7 };\n"
      "}, 1);\n");
  CHECK(r.code == 1);
  CHECK(r.err.find("main.js:3\n  throw { code: 7 };\n  ^\n{ code: 7 }\n") != std::string::npos);
  // A rejected promise's reason was never thrown: no site is made up for it.
  auto rejected = run_script("try { throw 'x'; } catch (e) {}\nPromise.reject(42);\n");
  CHECK(rejected.code == 1);
  CHECK(rejected.err.find("main.js:1") == std::string::npos);
}

TEST_CASE("process.on('uncaughtException') keeps the process going", "[runtime][errors]") {
  auto r = run_script(
      "process.on('uncaughtException', function (e) { console.log('caught', e.message); });\n"
      "setTimeout(function () { throw new Error('late'); }, 1);\n"
      "setTimeout(function () { console.log('still here'); }, 5);\n");
  CHECK(r.code == 0);
  CHECK(r.out == "caught late\nstill here\n");
}

TEST_CASE("syntax newer than ES5 is named, with file, line and a clear reason",
          "[runtime][errors][syntax]") {
  auto r = run_script("var ok = 1;\nvar f = (a) => a * 2;\n");
  CHECK(r.code == 1);
  CHECK(r.err.find("main.js:2\nvar f = (a) => a * 2;\n            ^^\n") != std::string::npos);
  CHECK(r.err.find("SyntaxError: arrow function (=>) is not supported: tickscope runs ES5") !=
        std::string::npos);
  CHECK(r.err.find("parse error\n") == std::string::npos);
}

TEST_CASE("a plain syntax error is never a bare 'parse error'", "[runtime][errors][syntax]") {
  auto r = run_script("if (x) {\n  var y = 1;\n");
  CHECK(r.code == 1);
  CHECK(r.err.find("SyntaxError: Unexpected end of input") != std::string::npos);
}

TEST_CASE("process.exit stops at once, runs 'exit' listeners and sets the code",
          "[runtime][process]") {
  auto r = run_script(
      "process.on('exit', function (c) { console.log('exit', c); });\n"
      "setTimeout(function () { console.log('never'); }, 0);\n"
      "try { process.exit(3); } catch (e) { console.log('caught it?'); }\n"
      "console.log('not reached');\n");
  CHECK(r.code == 3);
  CHECK(r.out == "exit 3\n");
}

TEST_CASE("several runtimes can live in one process", "[runtime]") {
  auto a = run_script("global.x = 1; setTimeout(function () { console.log('a', typeof y); }, 1);\n");
  auto b = run_script("global.y = 2; console.log('b', typeof x);\n");
  CHECK(a.out == "a undefined\n");
  CHECK(b.out == "b undefined\n");
}

TEST_CASE("a missing main file fails like Node: MODULE_NOT_FOUND, exit 1", "[runtime][modules]") {
  std::string err;
  ts::RuntimeOptions options;
  options.output = [&err](int, std::string_view b) { err.append(b.data(), b.size()); };
  ts::Runtime rt(options);
  CHECK(rt.run_main("/nonexistent/dir/missing.js") == 1);
  CHECK(err.find("Cannot find module '/nonexistent/dir/missing.js'") != std::string::npos);
}
