// fs on libuv's thread pool, checked from the trace: no more requests run at
// once than the pool has workers, and every fs callback runs in a poll phase.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <set>

#include "pool.hpp"
#include "trace_support.hpp"

using ts::test::max_overlap;
using ts::test::run_traced;
using ts::test::TracedEvent;

TEST_CASE("eight concurrent readFile calls run at most four at a time on four workers",
          "[fs][pool][trace]") {
  // libuv sizes its pool once per process, from this variable (4 is also
  // the default).
  setenv("UV_THREADPOOL_SIZE", "4", 1);
  REQUIRE(ts::Pool::size() == 4);

  ts::test::TempDir files;
  std::string big(4 * 1024 * 1024, 'x');  // each readFile reads it in 8 chunks
  std::string list;
  for (int i = 0; i < 8; ++i) {
    const std::string path = files.write("f" + std::to_string(i), big);
    list += (i ? ",'" : "'") + path + "'";
  }
  auto run = run_traced(
      "var fs = require('fs');\n"
      "var files = [" + list + "];\n"
      "var done = 0;\n"
      "files.forEach(function (f) {\n"
      "  fs.readFile(f, function (err, data) {\n"
      "    if (err) throw err;\n"
      "    if (++done === files.length) console.log('read ' + done + ' files, ' + data.length);\n"
      "  });\n"
      "});\n");
  REQUIRE(run.result.code == 0);
  REQUIRE(run.result.out == "read 8 files, 4194304\n");

  // Every request's work: open, fstat, 8 reads and close per file.
  std::vector<std::pair<int64_t, int64_t>> intervals;
  std::set<int64_t> threads;
  std::map<std::string, int> what;
  for (const TracedEvent* e : run.of("pool.work")) {
    CHECK(e->num("start") <= e->num("end"));
    intervals.emplace_back(e->num("start"), e->num("end"));
    threads.insert(e->num("thread"));
    what[e->get("what")]++;
  }
  CHECK(what["open"] == 8);
  CHECK(what["fstat"] == 8);
  CHECK(what["read"] == 8 * 8);
  CHECK(what["close"] == 8);
  CHECK(run.of("pool.queue").size() == intervals.size());
  CHECK(threads.size() <= 4);
  CHECK(max_overlap(intervals) <= 4);
  // Eight files were asked for at once: the pool's queue held more than the
  // four workers could take.
  int64_t most_in_flight = 0;
  for (const TracedEvent* e : run.of("pool.queue")) {
    most_in_flight = std::max(most_in_flight, e->num("in_flight"));
  }
  CHECK(most_in_flight >= 8);

  // Each completion reaches JS in the poll phase: fs.done, then the
  // callback.enter of kind fs with the same id, in poll.
  const auto enters = run.of("callback.enter");
  size_t fs_callbacks = 0;
  for (const TracedEvent* e : enters) {
    if (e->get("kind") != "fs") continue;
    ++fs_callbacks;
    INFO("fs callback " << e->id << " in phase " << e->phase);
    CHECK(e->phase == "poll");
  }
  CHECK(fs_callbacks == intervals.size());
  for (const TracedEvent* done : run.of("fs.done")) {
    CHECK(done->phase == "poll");
    const TracedEvent* enter = run.enter_of(done->id);
    REQUIRE(enter != nullptr);
    CHECK(enter->seq > done->seq);
  }
}

TEST_CASE("a piped stream records its buffer lengths against highWaterMark", "[stream][trace]") {
  auto run = run_traced(
      "var stream = require('stream');\n"
      "var n = 0;\n"
      "var src = new stream.Readable({ highWaterMark: 4, read: function () {\n"
      "  this.push(++n <= 3 ? 'abcde' : null); } });\n"
      "var dst = new stream.Writable({ highWaterMark: 5, write: function (c, e, cb) {\n"
      "  setImmediate(cb); } });\n"
      "dst.on('finish', function () { console.log('finished'); });\n"
      "src.pipe(dst);\n");
  REQUIRE(run.result.out == "finished\n");
  const auto made = run.of("stream.new");
  REQUIRE(made.size() >= 2);
  const uint32_t src = made[0]->id;
  const uint32_t dst = made[1]->id;
  CHECK(made[0]->get("side") == "readable");
  CHECK(made[0]->num("hwm") == 4);
  CHECK(made[1]->get("side") == "writable");
  const auto pipes = run.of("stream.pipe");
  REQUIRE(pipes.size() == 1);
  CHECK(pipes[0]->id == src);
  CHECK(pipes[0]->num("dest") == dst);
  // Each write of 5 bytes fills the 5-byte queue: write() says false, the
  // source pauses, and resumes after the drain.
  size_t full_writes = 0;
  for (const TracedEvent* w : run.of("stream.write")) {
    CHECK(w->id == dst);
    if (w->get("ok") == "false") ++full_writes;
  }
  CHECK(full_writes == 3);
  CHECK(run.of("stream.drain").size() >= 2);
  size_t pauses = 0;
  for (const TracedEvent* p : run.of("stream.pause")) {
    if (p->id == src) ++pauses;
  }
  CHECK(pauses >= 2);
  CHECK(run.of("stream.end").size() == 1);
  CHECK(run.of("stream.finish").size() == 1);
  const auto unpipes = run.of("stream.unpipe");
  REQUIRE(unpipes.size() == 1);
  CHECK(unpipes[0]->num("dest") == dst);
}
