// Buffer's slab pool, checked from its own trace (the visualizer draws slabs
// from these events alone), and the CESU-8 <-> UTF-8 conversions other
// bindings use.
#include <catch2/catch.hpp>

#include <map>

#include "../../modules/native/buffer.hpp"
#include "trace_support.hpp"

using ts::test::run_traced;
using ts::test::TracedEvent;

TEST_CASE("the slab walk is recorded: sizes, offsets, padding, what is left", "[buffer][trace]") {
  // The script prints each Buffer's id-free facts; the events must tell the
  // same story. Allocations come first, printing after (as in Node, where
  // printing to a file uses the pool too).
  auto run = run_traced(
      "var sizes = [1, 1024, 3000, 1, 9, 4095, 4096, 100];\n"
      "var bufs = sizes.map(function (n) { return Buffer.allocUnsafe(n); });\n"
      "bufs.forEach(function (b) { console.log(b.length + '@' + b.byteOffset + '/' + b.buffer.byteLength); });\n");
  REQUIRE(run.result.code == 0);
  REQUIRE(run.result.out ==
          "1@8/8192\n1024@16/8192\n3000@1040/8192\n1@4040/8192\n9@4048/8192\n4095@4064/8192\n"
          "4096@0/4096\n100@0/8192\n");

  const auto slabs = run.of("buffer.slab.new");
  REQUIRE(slabs.size() == 2);
  CHECK(slabs[0]->num("size") == 8192);
  CHECK(slabs[0]->num("replaces") == 0);
  CHECK(slabs[1]->num("replaces") == static_cast<int64_t>(slabs[0]->id));

  // Every pooled allocation has a buffer.alloc and a buffer.pool.take with
  // the same id; together they rebuild the strip of each slab.
  std::map<uint32_t, const TracedEvent*> alloc_by_id;
  for (const TracedEvent* a : run.of("buffer.alloc")) alloc_by_id[a->id] = a;
  std::map<int64_t, int64_t> next_offset;  // slab -> where the next slice must start
  std::vector<std::string> seen;
  for (const TracedEvent* t : run.of("buffer.pool.take")) {
    REQUIRE(alloc_by_id.count(t->id) == 1);
    const TracedEvent* a = alloc_by_id[t->id];
    CHECK(a->get("path") == "pooled");
    CHECK(a->num("slab") == t->num("slab"));
    const int64_t offset = t->num("offset");
    const int64_t size = a->num("size");
    CHECK(offset == next_offset[t->num("slab")]);
    CHECK((offset + size + t->num("padding")) % 8 == 0);
    CHECK(t->num("padding") < 8);
    CHECK(t->num("left") == 8192 - (offset + size + t->num("padding")));
    next_offset[t->num("slab")] = offset + size + t->num("padding");
    seen.push_back(a->get("api") + ":" + std::to_string(size) + "@" + std::to_string(offset));
  }
  // The module's own first Buffer (Node's bootstrap makes the same one),
  // then the script's.
  const std::vector<std::string> want = {"from:1@0",        "allocUnsafe:1@8",  "allocUnsafe:1024@16",
                                         "allocUnsafe:3000@1040", "allocUnsafe:1@4040",
                                         "allocUnsafe:9@4048", "allocUnsafe:4095@4064",
                                         "allocUnsafe:100@0"};
  CHECK(seen == want);

  // 4096 bytes are not pooled: a Buffer of its own.
  bool own = false;
  for (const TracedEvent* a : run.of("buffer.alloc")) {
    if (a->num("size") == 4096) {
      CHECK(a->get("path") == "own");
      CHECK(a->num("slab") == 0);
      own = true;
    }
  }
  CHECK(own);

  // The first slab is retired by the 100-byte request, with its tail wasted.
  const auto retired = run.of("buffer.slab.retire");
  REQUIRE(retired.size() == 1);
  CHECK(retired[0]->id == slabs[0]->id);
  CHECK(retired[0]->num("used") == 8160);
  CHECK(retired[0]->num("wasted") == 32);
  CHECK(retired[0]->num("buffers") == 7);
  CHECK(retired[0]->num("request") == 100);
}

TEST_CASE("a retired slab is released when its last Buffer is collected", "[buffer][trace]") {
  auto run = run_traced(
      "var held = [];\n"
      "for (var i = 0; i < 200; i++) held.push(Buffer.allocUnsafe(100));\n"  // three slabs
      "held = null;\n"
      "var big = Buffer.alloc(5000);\n"
      "big = null;\n");
  REQUIRE(run.result.code == 0);
  const auto retired = run.of("buffer.slab.retire");
  REQUIRE(retired.size() >= 2);
  // The second slab holds only the script's Buffers: it goes when they do.
  const uint32_t second = retired[1]->id;
  const TracedEvent* release = nullptr;
  for (const TracedEvent* r : run.of("buffer.slab.release")) {
    if (r->id == second) release = r;
  }
  REQUIRE(release != nullptr);
  CHECK(release->num("size") == 8192);
  CHECK(release->num("buffers") == retired[1]->num("buffers"));
  CHECK(release->seq > retired[1]->seq);

  // The zero-filled 5000 bytes are their own memory, freed when dropped.
  const TracedEvent* alloc = nullptr;
  for (const TracedEvent* a : run.of("buffer.alloc")) {
    if (a->num("size") == 5000) alloc = a;
  }
  REQUIRE(alloc != nullptr);
  CHECK(alloc->get("path") == "zeroed");
  const auto frees = run.of("buffer.free");
  REQUIRE(frees.size() == 1);
  CHECK(frees[0]->id == alloc->id);
  CHECK(frees[0]->num("size") == 5000);

  // The external counter follows its deltas.
  int64_t total = -1;
  for (const TracedEvent* e : run.of("buffer.external")) {
    if (total >= 0) CHECK(e->num("bytes") == total + e->num("delta"));
    total = e->num("bytes");
  }
  CHECK(total >= 0);
}

TEST_CASE("JS strings convert to UTF-8 and back as V8's do", "[buffer]") {
  // A Runtime's heap (the engine's hooks need one; no script runs).
  ts::RuntimeOptions options;
  ts::Runtime rt(options);
  duk_context* ctx = rt.ctx();
  // A surrogate pair, a lone high surrogate, a BMP character.
  duk_eval_string(ctx, "'a' + String.fromCharCode(0xd83d, 0xde00) + String.fromCharCode(0xd800) + '\\u00e9'");
  CHECK(ts::js_string_to_utf8(ctx, -1) == "a\xF0\x9F\x98\x80\xEF\xBF\xBD\xC3\xA9");
  duk_pop(ctx);

  // Back: 4 bytes become a pair; invalid bytes U+FFFD per maximal subpart.
  const std::string bytes = "\xF0\x9F\x98\x80" "\xE6\xB7" "A" "\xFF";
  ts::push_utf8_as_js_string(ctx, bytes.data(), bytes.size());
  duk_put_global_string(ctx, "s");
  duk_eval_string(ctx,
                  "var o = []; for (var i = 0; i < s.length; i++) o.push(s.charCodeAt(i).toString(16)); o.join(' ')");
  CHECK(std::string(duk_get_string(ctx, -1)) == "d83d de00 fffd 41 fffd");
  duk_pop(ctx);
}
