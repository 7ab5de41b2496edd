// The event loop, checked from its own trace: phases, checkpoints, the
// immediate batch, the poll timeout, and causality.
#include <catch2/catch.hpp>

#include "trace_support.hpp"

using ts::test::run_traced;
using ts::test::TracedEvent;

namespace {

const std::vector<std::string> kPhases = {"timers", "pending", "idle", "prepare",
                                          "poll",   "check",   "close"};

}  // namespace

TEST_CASE("every iteration goes through the seven phases in order", "[loop][trace]") {
  auto run = run_traced(
      "var n = 0;\n"
      "function again() {\n"
      "  if (++n < 3) setImmediate(again);\n"
      "  else setTimeout(function () {}, 5);  // armed last: it needs an iteration of its own\n"
      "}\n"
      "setImmediate(again);\n");
  REQUIRE(run.result.code == 0);
  // Group phase.enter events by iteration.
  std::map<uint32_t, std::vector<std::string>> entered;
  std::map<uint32_t, std::vector<std::string>> left;
  for (const auto& e : run.events) {
    if (e.kind == "phase.enter") entered[e.iter].push_back(e.phase);
    if (e.kind == "phase.leave") left[e.iter].push_back(e.phase);
  }
  const auto iters = run.of("loop.iter.begin");
  REQUIRE(iters.size() >= 4);  // three immediates and a timer need several iterations
  for (const TracedEvent* it : iters) {
    INFO("iteration " << it->iter);
    CHECK(entered[it->iter] == kPhases);
    CHECK(left[it->iter] == kPhases);
  }
  // Each iteration ends with loop.iter.end, then the loop-alive decision.
  CHECK(run.of("loop.iter.end").size() == iters.size());
  CHECK(run.of("loop.alive").back()->get("alive") == "false");
  CHECK(run.of("loop.exit").size() == 1);
}

TEST_CASE("nextTicks queued by an immediate drain before the next immediate", "[loop][trace]") {
  auto run = run_traced(
      "setImmediate(function a() { process.nextTick(function t() { console.log('tick'); }); console.log('a'); });\n"
      "setImmediate(function b() { console.log('b'); });\n");
  REQUIRE(run.result.out == "a\ntick\nb\n");
  // In the check phase: enter a, exit a, drain.begin, tick, drain.end, enter b.
  std::vector<std::string> seq;
  for (const auto& e : run.events) {
    if (e.phase != "check") continue;
    if (e.kind == "callback.enter") seq.push_back("enter:" + e.get("name"));
    if (e.kind == "drain.begin") seq.push_back("drain.begin");
    if (e.kind == "drain.end") seq.push_back("drain.end");
  }
  const std::vector<std::string> want = {"enter:a", "drain.begin", "enter:t", "drain.end", "enter:b"};
  REQUIRE(seq.size() >= want.size());
  CHECK(std::vector<std::string>(seq.begin(), seq.begin() + 5) == want);
}

TEST_CASE("an immediate queued in the check phase runs in the next iteration's check",
          "[loop][trace]") {
  auto run = run_traced(
      "setImmediate(function outer() {\n"
      "  setImmediate(function inner() {});\n"
      "});\n");
  REQUIRE(run.result.code == 0);
  const TracedEvent* outer = nullptr;
  const TracedEvent* inner = nullptr;
  for (const auto& e : run.events) {
    if (e.kind != "callback.enter") continue;
    if (e.get("name") == "outer") outer = &e;
    if (e.get("name") == "inner") inner = &e;
  }
  REQUIRE(outer != nullptr);
  REQUIRE(inner != nullptr);
  CHECK(outer->phase == "check");
  CHECK(inner->phase == "check");
  CHECK(inner->iter == outer->iter + 1);
  // The inner immediate was scheduled by the outer one.
  CHECK(inner->cause == outer->id);
  // Each check phase ran a batch of exactly one immediate.
  for (const TracedEvent* b : run.of("immediate.batch")) CHECK(b->get("count") == "1");
}

TEST_CASE("poll's timeout is the next timer's remaining time", "[loop][trace]") {
  auto run = run_traced("setTimeout(function () {}, 40);\n");
  REQUIRE(run.result.code == 0);
  const auto inserts = run.of("timer.insert");
  REQUIRE(inserts.size() == 1);
  const int64_t expiry = inserts[0]->num("expiry");
  const auto polls = run.of("poll.timeout");
  REQUIRE(!polls.empty());
  const TracedEvent* first = polls.front();
  CHECK(first->get("reason") == "the next timer is due");
  // The loop time when poll was computed is at least the insert time, so the
  // timeout is at most the full 40 ms and at least 40 minus the time spent
  // before the loop started (a few ms).
  CHECK(first->num("ms") <= 40);
  CHECK(first->num("ms") >= 30);
  CHECK(first->num("ms") <= expiry);
  // With nothing else to do, no iteration polls with timeout 0 or forever.
  for (const TracedEvent* p : polls) CHECK(p->num("ms") != -1);
}

TEST_CASE("poll's timeout is 0 while immediates are queued, and why", "[loop][trace]") {
  auto run = run_traced("setTimeout(function () {}, 30);\nsetImmediate(function () {});\n");
  const auto polls = run.of("poll.timeout");
  REQUIRE(polls.size() >= 2);
  CHECK(polls[0]->num("ms") == 0);
  CHECK(polls[0]->get("reason") == "immediates are queued (the idle handle is active)");
  CHECK(polls[1]->num("ms") > 0);
}

TEST_CASE("a microtask's cause is the callback that resolved its promise", "[loop][trace]") {
  auto run = run_traced(
      "var resolveIt;\n"
      "var p = new Promise(function (r) { resolveIt = r; });\n"
      "p.then(function reaction() { console.log('reaction'); });\n"
      "setTimeout(function resolver() { resolveIt(1); }, 1);\n");
  REQUIRE(run.result.out == "reaction\n");
  const TracedEvent* resolver = nullptr;
  for (const auto& e : run.events) {
    if (e.kind == "callback.enter" && e.get("name") == "resolver") resolver = &e;
  }
  REQUIRE(resolver != nullptr);
  // The reaction job was queued when resolver() resolved p, not when then() ran.
  const auto enqueued = run.of("microtask.enqueue");
  REQUIRE(enqueued.size() == 1);
  CHECK(enqueued[0]->cause == resolver->id);
  CHECK(enqueued[0]->get("kind") == "reaction");
  const TracedEvent* job = run.enter_of(enqueued[0]->id);
  REQUIRE(job != nullptr);
  CHECK(job->phase == "timers");
  CHECK(job->cause == resolver->id);
  // And what the reaction printed is attributed to the job.
  const TracedEvent* printed = run.printed("reaction\n");
  REQUIRE(printed != nullptr);
  CHECK(printed->cause == job->id);
}

TEST_CASE("then() on a settled promise makes the caller the microtask's cause", "[loop][trace]") {
  auto run = run_traced(
      "var p = Promise.resolve(1);\n"
      "setTimeout(function later() { p.then(function () {}); }, 1);\n");
  const TracedEvent* later = nullptr;
  for (const auto& e : run.events) {
    if (e.kind == "callback.enter" && e.get("name") == "later") later = &e;
  }
  REQUIRE(later != nullptr);
  const auto enqueued = run.of("microtask.enqueue");
  REQUIRE(enqueued.size() == 1);
  CHECK(enqueued[0]->cause == later->id);
}

TEST_CASE("timers fire in the timers phase, each recorded with its lateness", "[loop][trace]") {
  auto run = run_traced(
      "setTimeout(function a() {}, 2);\nsetTimeout(function b() {}, 2);\n");
  const auto fires = run.of("timer.fire");
  REQUIRE(fires.size() == 2);
  for (const TracedEvent* f : fires) {
    CHECK(f->phase == "timers");
    CHECK(f->num("late") >= 0);
    CHECK(f->num("ms") == 2);
  }
  // One list for the duration, created once and deleted when it ran empty.
  CHECK(run.of("timer.list.create").size() == 1);
  CHECK(run.of("timer.list.delete").size() == 1);
}

TEST_CASE("the main script's nextTicks and microtasks drain before the loop starts",
          "[loop][trace]") {
  auto run = run_traced(
      "process.nextTick(function () {});\nPromise.resolve().then(function () {});\n");
  const auto drains = run.of("drain.begin");
  REQUIRE(!drains.empty());
  CHECK(drains[0]->phase == "main");
  CHECK(drains[0]->get("ticks") == "1");
  CHECK(drains[0]->get("microtasks") == "1");
  size_t loop_start = 0;
  size_t drain_end = 0;
  for (size_t i = 0; i < run.events.size(); ++i) {
    if (run.events[i].kind == "loop.start") loop_start = i;
    if (run.events[i].kind == "drain.end" && drain_end == 0) drain_end = i;
  }
  CHECK(drain_end < loop_start);
}

TEST_CASE("a promise callback is traced under its handler's name", "[loop][trace]") {
  auto run = run_traced(
      "Promise.resolve(1).then(function onValue() {}).then(function () {});\n"
      "Promise.reject(new Error('x')).catch(function onError() {});\n");
  std::vector<std::string> names;
  for (const TracedEvent* e : run.of("callback.enter")) {
    if (e->get("kind") == "microtask") names.push_back(e->get("name"));
  }
  // An anonymous handler keeps the job's own name.
  CHECK(names == std::vector<std::string>{"onValue", "onError", "promiseReactionJob"});
}

TEST_CASE("an uncaught exception ends the process with how 'uncaught'", "[loop][trace]") {
  auto run = run_traced("setTimeout(function () { throw new Error('late'); }, 1);\n");
  CHECK(run.result.code == 1);
  REQUIRE(!run.of("process.exit").empty());
  CHECK(run.of("process.exit").back()->get("how") == "uncaught");
  auto exits = run_traced("process.exit(2);\n");
  REQUIRE(!exits.of("process.exit").empty());
  CHECK(exits.of("process.exit").back()->get("how") == "exit()");
}

TEST_CASE("an 'uncaughtException' listener runs on behalf of the callback that threw",
          "[loop][trace][errors]") {
  auto run = run_traced(
      "process.on('uncaughtException', function handler(e) { console.log('caught ' + e.message); });\n"
      "process.nextTick(function tickBoom() { throw new Error('tick'); });\n"
      "queueMicrotask(function microBoom() { throw new Error('micro'); });\n"
      "setTimeout(function timerBoom() { throw new Error('timer'); }, 1);\n"
      "process.nextTick(function after() { console.log('after'); });\n");
  std::map<std::string, uint32_t> id_of;
  for (const TracedEvent* e : run.of("callback.enter")) id_of[e->get("name")] = e->id;
  std::map<std::string, uint32_t> printed_by;
  for (const TracedEvent* e : run.of("console.write")) printed_by[e->get("text")] = e->cause;
  CHECK(printed_by["caught tick\n"] == id_of["tickBoom"]);
  CHECK(printed_by["caught micro\n"] == id_of["microBoom"]);
  CHECK(printed_by["caught timer\n"] == id_of["timerBoom"]);
  // ...and the callbacks after it are their own again.
  CHECK(printed_by["after\n"] == id_of["after"]);
}
