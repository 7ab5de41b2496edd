// The JSONL trace writer: valid JSON on every line, whatever the strings hold.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.hpp"
#include "trace/json_text.hpp"
#include "trace/jsonl_writer.hpp"

using ts::trace::EventKind;
using ts::trace::JsonlWriter;
using ts::trace::Recorder;
using ts::trace::TraceMeta;

namespace {

std::vector<nlohmann::json> read_lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<nlohmann::json> out;
  std::string line;
  while (std::getline(in, line)) out.push_back(nlohmann::json::parse(line));
  return out;
}

}  // namespace

TEST_CASE("the trace file starts with metadata and has one parseable event per line",
          "[trace][jsonl]") {
  ts::test::TempDir dir;
  const std::string path = dir.path() + "/t.jsonl";
  TraceMeta meta;
  meta.tickscope_version = "0.1.0";
  meta.duktape_version = "2.7.0";
  meta.libuv_version = "1.44.2";
  meta.argv = {"tickscope", "run", "x.js"};
  meta.clock = "monotonic";
  {
    Recorder rec(100);
    rec.set_enabled(true);
    JsonlWriter writer(path, meta);
    REQUIRE(writer.ok());
    rec.set_sink(&writer, true);
    rec.record(EventKind::ConsoleWrite, 0, 1, rec.str("stdout"), 6, rec.str("hello\n"));
    rec.record(EventKind::TimerInsert, 4, 1, 10, 11, 1);
    rec.finish();
  }
  const auto lines = read_lines(path);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0]["tickscope"] == "0.1.0");
  CHECK(lines[0]["libuv"] == "1.44.2");
  CHECK(lines[0]["argv"].size() == 3);
  CHECK(lines[1]["kind"] == "console.write");
  CHECK(lines[1]["data"]["text"] == "hello\n");
  CHECK(lines[1]["data"]["bytes"] == 6);
  CHECK(lines[2]["kind"] == "timer.insert");
  CHECK(lines[2]["id"] == 4);
  CHECK(lines[2]["cause"] == 1);
  CHECK(lines[2]["data"]["repeat"] == true);
  CHECK(lines[2]["phase"] == "main");
}

TEST_CASE("strings with quotes, control characters and invalid UTF-8 stay valid JSON",
          "[trace][jsonl]") {
  const std::string nasty = std::string("a\"b\\c\n\t\x01") + "\xED\xA0\x80" + "\xFF" + "ok \xE6\xB7\xB1";
  std::string out;
  ts::trace::append_json_string(out, nasty);
  const auto parsed = nlohmann::json::parse(out);
  const std::string back = parsed.get<std::string>();
  CHECK(back.find("a\"b\\c\n\t\x01") == 0);
  CHECK(back.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD replaced the bad bytes
  CHECK(back.find("ok \xE6\xB7\xB1") != std::string::npos);  // valid UTF-8 kept as is
}

TEST_CASE("a trace written by a real run parses line by line", "[trace][jsonl][runtime]") {
  ts::test::TempDir dir;
  const std::string trace = dir.path() + "/run.jsonl";
  const std::string script = dir.write("x.js",
      "console.log('hi');\nsetTimeout(function () { console.log('later'); }, 1);\n");
  TraceMeta meta;
  meta.clock = "monotonic";
  {
    ts::RuntimeOptions options;
    options.trace = true;
    std::string out;
    options.output = [&out](int, std::string_view b) { out.append(b.data(), b.size()); };
    ts::Runtime rt(options);
    JsonlWriter writer(trace, meta);
    rt.recorder().set_sink(&writer, true);
    CHECK(rt.run_main(script) == 0);
    rt.recorder().finish();
    CHECK(out == "hi\nlater\n");
  }
  const auto lines = read_lines(trace);
  REQUIRE(lines.size() > 10);
  std::vector<std::string> kinds;
  for (size_t i = 1; i < lines.size(); ++i) kinds.push_back(lines[i]["kind"]);
  auto has = [&](const char* k) { return std::find(kinds.begin(), kinds.end(), k) != kinds.end(); };
  CHECK(kinds.front() == "process.start");
  CHECK(has("script.compile"));
  CHECK(has("script.run.begin"));
  CHECK(has("console.write"));
  CHECK(kinds.back() == "process.exit");
}

TEST_CASE("a trace file that cannot be written says why and stops writing",
          "[trace][jsonl]") {
  // /dev/full opens fine and fails every write with ENOSPC: a full disk.
  TraceMeta meta;
  meta.clock = "monotonic";
  Recorder rec(100);
  rec.set_enabled(true);
  JsonlWriter writer("/dev/full", meta);
  rec.set_sink(&writer, true);
  rec.record(EventKind::TimerInsert, 4, 1, 10, 11, 1);
  rec.finish();
  CHECK(writer.error() == "No space left on device");
}

namespace {

// Records the same events (strings, numbers, booleans) into a trace
// file on a virtual clock, with the writer inline or on its own thread.
std::string write_sample_trace(const std::string& path, ts::trace::SinkThreading threading) {
  TraceMeta meta;
  meta.clock = "virtual";
  Recorder rec(size_t{1} << 20);
  rec.set_enabled(true);
  rec.use_virtual_clock(true);
  JsonlWriter writer(path, meta);
  rec.set_sink(&writer, true, threading);
  for (uint32_t i = 0; i < 50'000; ++i) {
    rec.set_iter(i / 100);
    rec.record(EventKind::TimerInsert, i, 1, i % 7, -static_cast<int64_t>(i), i & 1);
    rec.record(EventKind::ConsoleWrite, 0, i, rec.str("stdout"), 6,
               rec.str("line \"" + std::to_string(i % 50) + "\"\n\x01\xFF"));
  }
  rec.finish();
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("a trace written on the sink thread is byte for byte the inline one",
          "[trace][jsonl][threads]") {
  ts::test::TempDir dir;
  const std::string inline_text =
      write_sample_trace(dir.path() + "/inline.jsonl", ts::trace::SinkThreading::Inline);
  const std::string thread_text =
      write_sample_trace(dir.path() + "/thread.jsonl", ts::trace::SinkThreading::Background);
  CHECK(inline_text.size() > 100'000 * 60);
  CHECK(inline_text == thread_text);
}

TEST_CASE("a trace file that cannot be written says why, also from the sink thread",
          "[trace][jsonl][threads]") {
  TraceMeta meta;
  Recorder rec(100'000);
  rec.set_enabled(true);
  JsonlWriter writer("/dev/full", meta);
  rec.set_sink(&writer, true, ts::trace::SinkThreading::Background);
  for (int i = 0; i < 50'000; ++i) rec.record(EventKind::TimerInsert, 4, 1, 10, 11, 1);
  rec.finish();
  CHECK(writer.error() == "No space left on device");
}
