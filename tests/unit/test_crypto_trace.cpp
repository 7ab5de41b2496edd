// crypto's async key derivation on libuv's thread pool, checked from the
// trace: Node's classic demonstration that with four pool threads a fifth
// pbkdf2 waits until one of the first four has finished.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "pool.hpp"
#include "trace_support.hpp"

using ts::test::max_overlap;
using ts::test::run_traced;
using ts::test::TracedEvent;

TEST_CASE("five pbkdf2 calls on four pool threads: the fifth waits for a free thread",
          "[crypto][pool][trace]") {
  setenv("UV_THREADPOOL_SIZE", "4", 1);
  REQUIRE(ts::Pool::size() == 4);
  auto run = run_traced(
      "var crypto = require('crypto');\n"
      "var done = 0;\n"
      "for (var i = 0; i < 5; i++) {\n"
      "  crypto.pbkdf2('secret', 'salt', 20000, 32, 'sha512', function derived(err, key) {\n"
      "    if (err) throw err;\n"
      "    if (++done === 5) console.log('5 keys of ' + key.length + ' bytes');\n"
      "  });\n"
      "}\n");
  REQUIRE(run.result.code == 0);
  REQUIRE(run.result.out == "5 keys of 32 bytes\n");

  std::vector<std::pair<int64_t, int64_t>> intervals;
  for (const TracedEvent* e : run.of("pool.work")) {
    CHECK(e->get("what") == "pbkdf2");
    intervals.emplace_back(e->num("start"), e->num("end"));
  }
  REQUIRE(intervals.size() == 5);
  CHECK(max_overlap(intervals) <= 4);
  // The last to start began no earlier than the first to finish.
  int64_t last_start = 0;
  int64_t first_end = INT64_MAX;
  for (const auto& [start, end] : intervals) {
    last_start = std::max(last_start, start);
    first_end = std::min(first_end, end);
  }
  CHECK(last_start >= first_end);

  // Each callback runs in a poll phase, named after the user's function.
  size_t callbacks = 0;
  for (const TracedEvent* e : run.of("callback.enter")) {
    if (e->get("kind") != "crypto") continue;
    ++callbacks;
    CHECK(e->phase == "poll");
    CHECK(e->get("name") == "derived");
  }
  CHECK(callbacks == 5);
}
