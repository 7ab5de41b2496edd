// The module loader's trace: the node_modules walk tries exactly the
// directories Node searches (tests/trace/module_walk/expected_paths.txt was
// printed by node), in order, and records the resolution.
#include <catch2/catch.hpp>

#include <fstream>

#include "trace_support.hpp"

namespace {

std::string relative_to(const std::string& path, const std::string& base) {
  if (path.rfind(base + "/", 0) == 0) return path.substr(base.size() + 1);
  return path;
}

std::string dirname_of(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

}  // namespace

TEST_CASE("the node_modules walk tries the directories Node searches, in order",
          "[modules][trace]") {
  const std::string root = TICKSCOPE_SOURCE_DIR "/tests/trace/module_walk";
  std::ifstream in(root + "/expected_paths.txt");
  std::vector<std::string> expected;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) expected.push_back(line);
  }
  REQUIRE(expected.size() == 4);

  ts::test::TracedRun run;
  {
    ts::RuntimeOptions options;
    options.trace = true;
    options.output = [&run](int fd, std::string_view b) {
      (fd == 2 ? run.result.err : run.result.out).append(b.data(), b.size());
    };
    ts::Runtime rt(options);
    run.result.code = rt.run_main(root + "/a/b/c/main.js");
    const auto& log = rt.recorder().log();
    for (size_t i = log.first(); i < log.size(); ++i) {
      const auto& e = log[i];
      const auto& info = ts::trace::kind_info(e.kind);
      ts::test::TracedEvent t{e.seq, info.name, e.iter, "", e.id, e.cause, {}};
      for (size_t f = 0; f < info.field_count; ++f) {
        t.data.emplace_back(info.fields[f].name,
                            info.fields[f].type == ts::trace::FieldType::S
                                ? std::string(rt.recorder().strings().get(
                                      static_cast<uint32_t>(e.arg[f])))
                                : std::to_string(e.arg[f]));
      }
      run.events.push_back(std::move(t));
    }
  }
  REQUIRE(run.result.code == 0);
  CHECK(run.result.out == "pkg from the walk\n");

  // The require('pkg') call and its events.
  uint32_t require_id = 0;
  for (const auto& e : run.events) {
    if (e.kind == "module.require" && e.get("request") == "pkg") require_id = e.id;
  }
  REQUIRE(require_id != 0);
  std::vector<std::string> searched;
  std::string resolved;
  for (const auto& e : run.events) {
    if (e.id != require_id) continue;
    if (e.kind == "module.try") {
      // A missing search directory is tried as a directory; an existing one
      // is searched for pkg, pkg.js, ... inside it.
      const std::string dir =
          e.get("as") == "directory" && e.get("result") == "missing" ? e.get("path")
                                                                      : dirname_of(e.get("path"));
      const std::string rel = relative_to(dir, root);
      if (rel.rfind("/", 0) == 0) continue;  // outside the case folder
      if (searched.empty() || searched.back() != rel) searched.push_back(rel);
    }
    if (e.kind == "module.resolved") resolved = e.get("filename");
  }
  // Candidates inside node_modules/pkg belong to the last search directory.
  std::vector<std::string> dirs;
  for (const std::string& s : searched) {
    const std::string d = s.rfind("node_modules/pkg", 0) == 0 ? "node_modules" : s;
    if (dirs.empty() || dirs.back() != d) dirs.push_back(d);
  }
  CHECK(dirs == expected);
  CHECK(relative_to(resolved, root) == "node_modules/pkg/index.js");

  // module.paths was recorded, and lists the same directories first.
  for (const auto& e : run.events) {
    if (e.id == require_id && e.kind == "module.paths") {
      CHECK(e.get("paths").find(root + "/a/b/c/node_modules") != std::string::npos);
    }
  }
}

TEST_CASE("a require's compile and its not-found count belong to that require",
          "[modules][trace]") {
  // The script writes the module it then requires, next to itself.
  auto run = ts::test::run_traced(
      "require('fs').writeFileSync(__dirname + '/dep.js', 'module.exports = 1;\\n');\n"
      "require('./dep');\n"
      "try { require('./missing'); } catch (e) {}\n");
  uint32_t dep_require = 0;
  uint32_t missing_require = 0;
  for (const auto* e : run.of("module.require")) {
    if (e->get("request") == "./dep") dep_require = e->id;
    if (e->get("request") == "./missing") missing_require = e->id;
  }
  REQUIRE(dep_require != 0);
  REQUIRE(missing_require != 0);
  bool compiled = false;
  for (const auto* e : run.of("script.compile")) {
    if (e->get("file").find("/dep.js") != std::string::npos) compiled = e->id == dep_require;
  }
  CHECK(compiled);
  size_t tries = 0;
  for (const auto* e : run.of("module.try")) tries += e->id == missing_require ? 1 : 0;
  REQUIRE(run.of("module.notFound").size() == 1);
  CHECK(tries > 1);
  CHECK(run.of("module.notFound")[0]->get("tried") == std::to_string(tries));
}
