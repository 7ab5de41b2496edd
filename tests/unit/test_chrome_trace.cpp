// The Chrome trace export: a file Perfetto accepts (object form,
// displayTimeUnit first, strictly nested slices per thread, matched flows and
// async slices).
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "test_support.hpp"
#include "trace/chrome_trace_writer.hpp"

using nlohmann::json;

namespace {

std::string export_chrome_trace(const std::string& source, ts::Limits limits = {}) {
  ts::test::TempDir dir;
  const std::string script = dir.write("main.js", source);
  const std::string out = dir.path() + "/trace.json";
  ts::trace::TraceMeta meta;
  meta.script = script;
  meta.clock = "monotonic";
  {
    ts::RuntimeOptions options;
    options.trace = true;
    options.limits = limits;
    options.output = [](int, std::string_view) {};
    ts::Runtime rt(options);
    ts::trace::ChromeTraceWriter writer(out, meta);
    REQUIRE(writer.ok());
    rt.recorder().set_sink(&writer, true);
    rt.run_main(script);
    rt.recorder().finish();
  }
  std::ifstream in(out);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const char* kScript =
    "var fs = require('fs');\n"
    "setTimeout(function later() { console.log('t'); }, 2);\n"
    "setImmediate(function imm() { process.nextTick(function tick() {}); });\n"
    "Promise.resolve().then(function p() {});\n"
    "fs.readFile(__filename, function read() { setTimeout(function () {}, 1); });\n"
    "var iv = setInterval(function () { clearInterval(iv); }, 1);\n";

}  // namespace

TEST_CASE("the Chrome trace starts with displayTimeUnit and has the required fields",
          "[trace][chrome]") {
  const std::string text = export_chrome_trace(kScript);
  CHECK(text.rfind("{\"displayTimeUnit\":\"ns\"", 0) == 0);
  const json doc = json::parse(text);
  REQUIRE(doc.contains("traceEvents"));
  CHECK(doc["otherData"].contains("libuv"));
  const auto& events = doc["traceEvents"];
  REQUIRE(events.size() > 20);
  std::map<std::string, int> phases;
  for (const auto& e : events) {
    REQUIRE(e.contains("ph"));
    REQUIRE(e.contains("name"));
    REQUIRE(e.contains("pid"));
    const std::string ph = e["ph"];
    phases[ph]++;
    if (ph == "X") {
      CHECK(e.contains("tid"));
      CHECK(e["ts"].is_number());
      CHECK(e["dur"].is_number());
      CHECK(e["dur"].get<double>() >= 0);
    }
    if (ph != "M") CHECK(e.contains("ts"));
  }
  CHECK(phases["X"] > 10);
  CHECK(phases["s"] > 0);
  CHECK(phases["f"] > 0);
  CHECK(phases["b"] > 0);
  CHECK(phases["C"] > 0);
  CHECK(phases["M"] >= 2);
}

TEST_CASE("Chrome trace slices nest strictly on every thread", "[trace][chrome]") {
  const json doc = json::parse(export_chrome_trace(kScript));
  std::map<int, std::vector<std::pair<double, double>>> by_tid;
  for (const auto& e : doc["traceEvents"]) {
    if (e["ph"] != "X") continue;
    const double ts = e["ts"];
    by_tid[e["tid"].get<int>()].emplace_back(ts, ts + e["dur"].get<double>());
  }
  REQUIRE(by_tid.count(1) == 1);
  CHECK(by_tid.size() >= 2);  // the loop thread and at least one pool worker
  for (auto& [tid, slices] : by_tid) {
    // Sort by start, longest first; then every slice must fit in the
    // innermost open one or start after it ends.
    std::sort(slices.begin(), slices.end(), [](auto& a, auto& b) {
      return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    std::vector<std::pair<double, double>> open;
    for (const auto& s : slices) {
      while (!open.empty() && open.back().second <= s.first) open.pop_back();
      if (!open.empty()) {
        INFO("tid " << tid << " slice [" << s.first << ", " << s.second << "] inside ["
                    << open.back().first << ", " << open.back().second << "]");
        CHECK(s.second <= open.back().second + 1e-9);
      }
      open.push_back(s);
    }
  }
}

TEST_CASE("Chrome trace flows and async slices come in pairs", "[trace][chrome]") {
  const json doc = json::parse(export_chrome_trace(kScript));
  std::map<uint64_t, int> flow_starts;
  std::map<std::string, int> async_open;
  int flow_ends = 0;
  for (const auto& e : doc["traceEvents"]) {
    const std::string ph = e["ph"];
    if (ph == "s") flow_starts[e["id"].get<uint64_t>()]++;
    if (ph == "f") {
      ++flow_ends;
      CHECK(flow_starts.count(e["id"].get<uint64_t>()) == 1);
      CHECK(e["bp"] == "e");
    }
    const std::string key = e.contains("id") ? std::string(e["cat"]) + ":" + e["id"].dump() : "";
    if (ph == "b") async_open[key]++;
    if (ph == "e") {
      CHECK(async_open[key] > 0);
      async_open[key]--;
    }
  }
  CHECK(flow_ends >= 5);
}

TEST_CASE("a limit shows in the Chrome trace with its message", "[trace][chrome][limits]") {
  ts::Limits limits;
  limits.timeout_ms = 100;
  const json doc = json::parse(export_chrome_trace("while (true) {}\n", limits));
  std::string name;
  for (const auto& e : doc["traceEvents"]) {
    if (e.value("ph", "") == "i" && e.value("name", "").rfind("limit: timeout", 0) == 0) {
      name = e["name"];
    }
  }
  CHECK(name.find("--timeout 100") != std::string::npos);
}

TEST_CASE("the Chrome trace counts the bytes used in the current Buffer slab",
          "[trace][chrome][buffer]") {
  const json doc = json::parse(export_chrome_trace(
      "var a = Buffer.allocUnsafe(10);\nvar b = Buffer.allocUnsafe(100);\n"));
  std::vector<int64_t> used;
  for (const auto& e : doc["traceEvents"]) {
    if (e.value("ph", "") == "C" && e.value("name", "") == "slab used (bytes)") {
      used.push_back(e["args"]["value"].get<int64_t>());
    }
  }
  // A new slab at 0; the last two takes: 10 bytes (padded to 16), then 100
  // (padded to 104). (The runtime may take a few bytes before the script.)
  REQUIRE(used.size() >= 3);
  CHECK(used.front() == 0);
  CHECK(used[used.size() - 2] - used[used.size() - 3] == 16);
  CHECK(used.back() - used[used.size() - 2] == 104);
}
