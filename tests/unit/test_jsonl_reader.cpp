// The JSONL trace reader: what JsonlWriter writes reads back as the same
// events, strings and metadata; broken lines are counted, not fatal.
#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>
#include <string>

#include "test_support.hpp"
#include "trace/jsonl_reader.hpp"
#include "trace/jsonl_writer.hpp"

using ts::trace::Event;
using ts::trace::EventKind;
using ts::trace::EventLog;
using ts::trace::FieldType;
using ts::trace::JsonlReader;
using ts::trace::JsonlWriter;
using ts::trace::Recorder;
using ts::trace::StringTable;
using ts::trace::TraceMeta;

namespace {

TraceMeta sample_meta() {
  TraceMeta meta;
  meta.tickscope_version = "0.1.0";
  meta.duktape_version = "2.7.0";
  meta.libuv_version = "1.44.2";
  meta.argv = {"tickscope", "run", "x \"quoted\".js"};
  meta.clock = "monotonic";
  meta.script = "x.js";
  meta.pid = 4242;
  meta.start_unix_ms = 1795405598795;
  return meta;
}

// Two events are equal when every field is, strings compared by content.
void check_same(const Event& a, const StringTable& sa, const Event& b, const StringTable& sb) {
  CHECK(a.seq == b.seq);
  CHECK(a.t == b.t);
  CHECK(a.kind == b.kind);
  CHECK(a.iter == b.iter);
  CHECK(a.phase == b.phase);
  CHECK(a.id == b.id);
  CHECK(a.cause == b.cause);
  const auto& info = ts::trace::kind_info(a.kind);
  for (size_t i = 0; i < info.field_count; ++i) {
    if (info.fields[i].type == FieldType::S) {
      CHECK(sa.get(static_cast<uint32_t>(a.arg[i])) == sb.get(static_cast<uint32_t>(b.arg[i])));
    } else {
      CHECK(a.arg[i] == b.arg[i]);
    }
  }
}

}  // namespace

TEST_CASE("JsonlWriter output reads back as the same events and metadata", "[trace][jsonl]") {
  ts::test::TempDir dir;
  const std::string path = dir.path() + "/t.jsonl";
  Recorder rec(1000);
  rec.set_enabled(true);
  {
    JsonlWriter writer(path, sample_meta());
    REQUIRE(writer.ok());
    rec.set_sink(&writer, false);
    rec.set_iter(3);
    rec.set_phase(ts::trace::Phase::Check);
    const std::string nasty = std::string("tab\there \"q\" back\\slash\nnew line \x01 ") +
                              "\xE6\xB7\xB1\xE5\x85\xA5 \xF0\x9F\x98\x80";
    rec.record(EventKind::ConsoleWrite, 0, 7, rec.str("stdout"), 42, rec.str(nasty));
    rec.record(EventKind::TimerInsert, 4, 1, 10, 11, 1);
    rec.record(EventKind::TimerFire, 4, 1, 10, -3);
    rec.record(EventKind::PollTimeout, 0, 0, -1, rec.str("until an event"));
    rec.record(EventKind::LoopAlive, 0, 0, 0, 2, 0, rec.str("timer\xC3\x97" "1"));
    rec.record(EventKind::LoopStart);
    rec.record(EventKind::BufferPoolTake, 9, 1, 5, 8, 4, 8080);
    rec.record(EventKind::CallbackEnter, 4, 1, rec.str("timeout"), rec.str(""));
    rec.finish();
  }

  JsonlReader reader(path);
  REQUIRE(reader.ok());
  TraceMeta meta;
  REQUIRE(reader.read_meta(&meta));
  CHECK(meta.tickscope_version == "0.1.0");
  CHECK(meta.libuv_version == "1.44.2");
  CHECK(meta.clock == "monotonic");
  CHECK(meta.script == "x.js");
  CHECK(meta.pid == 4242);
  CHECK(meta.start_unix_ms == 1795405598795);
  REQUIRE(meta.argv.size() == 3);
  CHECK(meta.argv[2] == "x \"quoted\".js");

  EventLog log(1000);
  StringTable strings;
  reader.read_events(log, strings);
  CHECK(reader.stats().bad_lines == 0);
  CHECK(reader.stats().unknown_kinds == 0);
  CHECK(reader.stats().first_error.empty());
  REQUIRE(log.size() == rec.log().size());
  CHECK(reader.stats().events == log.size());
  for (size_t i = 0; i < log.size(); ++i) check_same(rec.log()[i], rec.strings(), log[i], strings);
  CHECK(reader.bytes_read() == reader.file_size());
}

TEST_CASE("a real run's trace round-trips through the reader", "[trace][jsonl][runtime]") {
  ts::test::TempDir dir;
  const std::string trace = dir.path() + "/run.jsonl";
  const std::string script = dir.write("x.js",
      "console.log('h\\u00e9llo \"there\"');\n"
      "setTimeout(function later() { console.log('later'); }, 1);\n"
      "setImmediate(function soon() { Promise.resolve().then(function () {}); });\n"
      "process.nextTick(function () { Buffer.allocUnsafe(10); });\n");
  ts::RuntimeOptions options;
  options.trace = true;
  options.output = [](int, std::string_view) {};
  ts::Runtime rt(options);
  {
    JsonlWriter writer(trace, sample_meta());
    rt.recorder().set_sink(&writer, false);
    CHECK(rt.run_main(script) == 0);
    rt.recorder().finish();
  }
  JsonlReader reader(trace);
  TraceMeta meta;
  REQUIRE(reader.read_meta(&meta));
  EventLog log;
  StringTable strings;
  reader.read_events(log, strings);
  CHECK(reader.stats().bad_lines == 0);
  const EventLog& original = rt.recorder().log();
  REQUIRE(log.size() == original.size());
  REQUIRE(log.size() > 50);
  for (size_t i = 0; i < log.size(); ++i) {
    check_same(original[i], rt.recorder().strings(), log[i], strings);
  }
}

TEST_CASE("broken lines, unknown kinds and a cut-off last line are skipped and counted",
          "[trace][jsonl]") {
  ts::test::TempDir dir;
  const std::string path = dir.write("broken.jsonl",
      "{\"seq\":1,\"t\":5,\"kind\":\"loop.start\",\"iter\":0,\"phase\":\"main\",\"id\":0,\"cause\":0,"
      "\"data\":{}}\n"
      "not json at all\n"
      "\n"
      "{\"seq\":2,\"t\":6,\"kind\":\"no.such.kind\",\"iter\":0,\"phase\":\"main\",\"id\":0,"
      "\"cause\":0,\"data\":{}}\n"
      // data before kind, an unknown field, fields in another order
      "{\"data\":{\"extra\":[1,{\"a\":null}],\"ms\":7,\"late\":2},\"kind\":\"timer.fire\","
      "\"seq\":3,\"t\":9,\"iter\":2,\"phase\":\"timers\",\"id\":4,\"cause\":1}\n"
      "{\"seq\":4,\"t\":10,\"kind\":\"console.write\",\"iter\":2,\"phase\":\"timers\",\"id\":0,"
      "\"cause\":4,\"data\":{\"stream\":\"stdout\",\"bytes\":3,\"text\":\"\\u00e9\\ud83d\\ude00\\n\"}}\n"
      "{\"seq\":5,\"t\":11,\"kind\":\"timer.fi");
  JsonlReader reader(path);
  TraceMeta meta;
  CHECK_FALSE(reader.read_meta(&meta));  // no metadata line: the first line is an event
  EventLog log;
  StringTable strings;
  reader.read_events(log, strings);
  REQUIRE(log.size() == 3);
  CHECK(log[0].kind == EventKind::LoopStart);
  CHECK(log[1].kind == EventKind::TimerFire);
  CHECK(log[1].arg[0] == 7);
  CHECK(log[1].arg[1] == 2);
  CHECK(log[1].phase == ts::trace::Phase::Timers);
  CHECK(log[1].iter == 2);
  CHECK(strings.get(static_cast<uint32_t>(log[2].arg[2])) == "\xC3\xA9\xF0\x9F\x98\x80\n");
  CHECK(reader.stats().bad_lines == 2);  // "not json at all" and the cut-off line
  CHECK(reader.stats().unknown_kinds == 1);
  CHECK(reader.stats().first_error.find("line 2") == 0);
}

TEST_CASE("a missing trace file is reported, not read", "[trace][jsonl]") {
  JsonlReader reader("/nonexistent/trace.jsonl");
  CHECK_FALSE(reader.ok());
  CHECK_FALSE(reader.error().empty());
}
