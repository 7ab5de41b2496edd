// zlib streams on libuv's thread pool, checked from the trace: each
// deflate()/inflate() call of a stream is one pool request, and its
// callback runs in a poll phase.
#include <catch2/catch.hpp>

#include "trace_support.hpp"

using ts::test::run_traced;
using ts::test::TracedEvent;

TEST_CASE("a zlib stream is a series of thread-pool requests completing in poll",
          "[zlib][pool][trace]") {
  // 256 KiB of pseudo-random text: at least 16 output chunks of 16 KiB once
  // inflated again, so gunzip makes many requests.
  auto run = run_traced(
      "var zlib = require('zlib');\n"
      "var s = '';\n"
      "for (var i = 0; s.length < 262144; i++) s += (i * 7919 % 10007).toString(36);\n"
      "zlib.gunzip(zlib.gzipSync(s), function unpacked(err, out) {\n"
      "  if (err) throw err;\n"
      "  console.log(out.length >= 262144 && out.toString() === s);\n"
      "});\n");
  REQUIRE(run.result.code == 0);
  REQUIRE(run.result.out == "true\n");
  size_t zlib_work = 0;
  for (const TracedEvent* e : run.of("pool.work")) {
    if (e->get("what") == "zlib") ++zlib_work;
  }
  CHECK(zlib_work >= 16);
  size_t callbacks = 0;
  for (const TracedEvent* e : run.of("callback.enter")) {
    if (e->get("kind") != "zlib") continue;
    ++callbacks;
    CHECK(e->phase == "poll");
  }
  CHECK(callbacks == zlib_work);
}
