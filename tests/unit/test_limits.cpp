// The run limits: each ends the run with its message, its exit code, a final
// `limit` event, and a complete trace file.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "test_support.hpp"
#include "trace/jsonl_writer.hpp"

namespace {

struct LimitRun {
  int code = 0;
  std::string err;
  std::vector<nlohmann::json> events;  // the trace file, parsed line by line
};

LimitRun run_limited(const std::string& source, const ts::Limits& limits) {
  ts::test::TempDir dir;
  const std::string script = dir.write("main.js", source);
  const std::string trace = dir.path() + "/t.jsonl";
  LimitRun result;
  {
    ts::RuntimeOptions options;
    options.trace = true;
    options.limits = limits;
    if (limits.max_events != 0) options.trace_capacity = limits.max_events + 64;
    options.output = [&result](int fd, std::string_view b) {
      if (fd == 2) result.err.append(b.data(), b.size());
    };
    ts::Runtime rt(options);
    ts::trace::TraceMeta meta;
    ts::trace::JsonlWriter writer(trace, meta);
    rt.recorder().set_sink(&writer, true);
    result.code = rt.run_main(script);
    rt.recorder().finish();
  }
  std::ifstream in(trace);
  std::string line;
  while (std::getline(in, line)) result.events.push_back(nlohmann::json::parse(line));
  return result;
}

const nlohmann::json* find_kind(const LimitRun& r, const std::string& kind) {
  for (const auto& e : r.events) {
    if (e.contains("kind") && e["kind"] == kind) return &e;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("an infinite loop stops at --timeout with exit code 124", "[limits]") {
  ts::Limits limits;
  limits.timeout_ms = 200;
  auto r = run_limited("var n = 0;\nwhile (true) { n++; }\n", limits);
  CHECK(r.code == 124);
  CHECK(r.err.find("ran longer than --timeout 200 ms") != std::string::npos);
  const auto* limit = find_kind(r, "limit");
  REQUIRE(limit != nullptr);
  CHECK((*limit)["data"]["which"] == "timeout");
  CHECK(r.events.back()["kind"] == "process.exit");
  CHECK(r.events.back()["data"]["code"] == 124);
}

TEST_CASE("a user catch block cannot swallow the timeout", "[limits]") {
  ts::Limits limits;
  limits.timeout_ms = 200;
  auto r = run_limited("while (true) { try { while (true) {} } catch (e) {} }\n", limits);
  CHECK(r.code == 124);
}

TEST_CASE("a loop blocked waiting for a far timer stops at --timeout", "[limits]") {
  ts::Limits limits;
  limits.timeout_ms = 150;
  auto r = run_limited("setTimeout(function () {}, 60000);\n", limits);
  CHECK(r.code == 124);
  REQUIRE(find_kind(r, "limit") != nullptr);
}

TEST_CASE("a memory bomb stops at --max-memory with exit code 121", "[limits]") {
  ts::Limits limits;
  limits.max_heap_bytes = 16u << 20;
  auto r = run_limited("var a = [];\nwhile (true) a.push('x'.repeat(4096) + a.length);\n", limits);
  CHECK(r.code == 121);
  CHECK(r.err.find("--max-memory 16 MB") != std::string::npos);
  const auto* limit = find_kind(r, "limit");
  REQUIRE(limit != nullptr);
  CHECK((*limit)["data"]["which"] == "memory");
}

TEST_CASE("an event flood stops at --max-events with exit code 122", "[limits]") {
  ts::Limits limits;
  limits.max_events = 3000;
  auto r = run_limited("function f() { setImmediate(f); }\nf();\n", limits);
  CHECK(r.code == 122);
  const auto* limit = find_kind(r, "limit");
  REQUIRE(limit != nullptr);
  CHECK((*limit)["data"]["which"] == "events");
  // The limit and the exit are recorded after the N-th event.
  CHECK(r.events.size() <= 3000 + 64 + 1);
  CHECK(r.events.back()["kind"] == "process.exit");
}

TEST_CASE("an output flood stops at --max-output with exit code 123", "[limits]") {
  ts::Limits limits;
  limits.max_output_bytes = 5000;
  auto r = run_limited("while (true) console.log('spam spam spam');\n", limits);
  CHECK(r.code == 123);
  uint64_t written = 0;
  for (const auto& e : r.events) {
    if (e.contains("kind") && e["kind"] == "console.write") written += e["data"]["bytes"].get<uint64_t>();
  }
  CHECK(written <= 5000);
  REQUIRE(find_kind(r, "limit") != nullptr);
}
