// The visualizer's model (viz/model), without a window: a real run of
// tests/viz/scene.js read into a TraceModel, the state at chosen cursors
// (stepping back is a query), "why did this run now?", the step gate and
// the playback cursor over a live run.
#include <catch2/catch.hpp>

#include <chrono>
#include <random>
#include <string>
#include <thread>

#include "model/event_filter.hpp"
#include "model/event_text.hpp"
#include "model/loop_state.hpp"
#include "model/trace_model.hpp"
#include "model/why.hpp"
#include "runtime.hpp"
#include "session.hpp"

using ts::trace::EventKind;
using ts::trace::Phase;
using namespace ts::viz;

namespace {

const std::string kScene = std::string(TICKSCOPE_SOURCE_DIR) + "/tests/viz/scene.js";

// One traced run of the scene, shared by the cases (it is deterministic in
// what matters here: the order of events).
struct SceneRun {
  std::unique_ptr<ts::Runtime> rt;
  TraceModel model;
  std::string out;

  SceneRun() {
    ts::RuntimeOptions options;
    options.trace = true;
    options.output = [this](int, std::string_view b) { out.append(b.data(), b.size()); };
    rt = std::make_unique<ts::Runtime>(options);
    rt->run_main(kScene);
    model.ingest(log(), strings());
  }
  const ts::trace::EventLog& log() const { return rt->recorder().log(); }
  const ts::trace::StringTable& strings() const { return rt->recorder().strings(); }

  // The index of the n-th event (from 0) of a kind whose string fields
  // contain `text` (empty: any).
  uint32_t find(EventKind kind, const std::string& text = "", int n = 0) const {
    for (size_t i = 0; i < log().size(); ++i) {
      const auto& e = log()[i];
      if (e.kind != kind) continue;
      if (!text.empty()) {
        bool hit = false;
        const auto& info = ts::trace::kind_info(kind);
        for (size_t f = 0; f < info.field_count; ++f) {
          if (info.fields[f].type == ts::trace::FieldType::S &&
              strings().get(static_cast<uint32_t>(e.arg[f])).find(text) != std::string_view::npos) {
            hit = true;
          }
        }
        if (!hit) continue;
      }
      if (n-- == 0) return static_cast<uint32_t>(i);
    }
    FAIL("no such event: " << ts::trace::kind_info(kind).name << " " << text);
    return kNone;
  }
  std::string name_of(const QueuedCallback& q) const { return std::string(strings().get(q.name)); }
};

SceneRun& scene() {
  static SceneRun run;
  return run;
}

std::vector<std::string> tick_names_at(const SceneRun& s, size_t cursor) {
  std::vector<std::string> names;
  const auto& q = s.model.queues();
  q.ticks_live().for_each_alive(cursor, [&](uint32_t slot) { names.push_back(s.name_of(q.ticks()[slot])); });
  return names;
}

}  // namespace

TEST_CASE("the scene runs and the model sees its iterations and all seven phases", "[viz][model]") {
  SceneRun& s = scene();
  REQUIRE(s.out.find("nested immediate (next iteration)") != std::string::npos);
  const auto& its = s.model.iterations();
  REQUIRE(its.size() >= 4);
  CHECK(its[0].number == 0);
  CHECK(its[1].number == 1);
  for (size_t p = 1; p <= 7; ++p) CHECK(its[1].phase_span[p] != kNone);
  CHECK(its[1].poll_timeout != kNone);
  CHECK(its[1].alive != kNone);
  CHECK(s.model.exit_event() == s.log().size() - 1);
  CHECK(s.model.ingested() == s.log().size());
  // Iteration 1's check phase ran firstImmediate, its tick, secondImmediate.
  CHECK(its[1].callbacks == 3);
}

TEST_CASE("callbacks nest inside phases and checkpoints inside the main lane", "[viz][model]") {
  SceneRun& s = scene();
  const uint32_t enter = s.find(EventKind::CallbackEnter, "tickInImmediate");
  const uint32_t span = s.model.callback_running_at(enter);
  REQUIRE(span != kNone);
  const Span& tick = s.model.spans()[span];
  CHECK(tick.callback == CallbackKind::Tick);
  CHECK(tick.phase == Phase::Check);
  CHECK(tick.i1 != kNone);
  // Its parent is a checkpoint, inside the check phase, inside iteration 1.
  const uint32_t drain = s.model.innermost_at(enter + 1, SpanKind::Drain);
  const uint32_t phase = s.model.innermost_at(enter + 1, SpanKind::Phase);
  const uint32_t iter = s.model.innermost_at(enter + 1, SpanKind::Iteration);
  REQUIRE(drain != kNone);
  REQUIRE(phase != kNone);
  REQUIRE(iter != kNone);
  CHECK(s.model.spans()[drain].depth + 1 == tick.depth);
  CHECK(s.model.spans()[phase].phase == Phase::Check);
  CHECK(s.model.spans()[iter].depth == 0);
  // Per depth, spans never overlap and are in order (the timeline relies on it).
  for (const auto& row : s.model.rows()) {
    for (size_t k = 1; k < row.size(); ++k) {
      const Span& a = s.model.spans()[row[k - 1]];
      const Span& b = s.model.spans()[row[k]];
      CHECK(a.i1 != kNone);
      CHECK(a.i1 <= b.i0);
    }
  }
}

TEST_CASE("the loop state at a cursor lights the phase and counts its callbacks", "[viz][model]") {
  SceneRun& s = scene();
  const uint32_t batch = s.find(EventKind::ImmediateBatch);
  LoopState st = loop_state_at(s.model, batch + 1);
  CHECK(st.stage == LoopStage::InPhase);
  CHECK(st.phase == Phase::Check);
  CHECK(st.number == 1);
  CHECK(st.callbacks[static_cast<size_t>(Phase::Check)] == 0);
  const uint32_t second = s.find(EventKind::CallbackEnter, "secondImmediate");
  st = loop_state_at(s.model, second + 1);
  CHECK(st.callbacks[static_cast<size_t>(Phase::Check)] == 3);
  CHECK(st.running != kNone);
  CHECK(s.strings().get(s.model.spans()[st.running].label) == "secondImmediate");
  REQUIRE(st.poll_timeout != kNone);
  CHECK(s.log()[st.poll_timeout].kind == EventKind::PollTimeout);
  // In the main script.
  st = loop_state_at(s.model, s.find(EventKind::TickEnqueue) + 1);
  CHECK(st.stage == LoopStage::MainScript);
  CHECK(st.number == 0);
  // After the end.
  st = loop_state_at(s.model, s.log().size());
  CHECK(st.stage == LoopStage::Exited);
}

TEST_CASE("queues at a cursor: items enter, leave, and come back when stepping back", "[viz][model]") {
  SceneRun& s = scene();
  const uint32_t enq = s.find(EventKind::TickEnqueue);
  const uint32_t run = s.find(EventKind::CallbackEnter, "firstTick");
  CHECK(tick_names_at(s, enq).empty());  // before its tick.enqueue
  CHECK(tick_names_at(s, enq + 1) == std::vector<std::string>{"firstTick"});
  CHECK(tick_names_at(s, run).size() == 1);
  CHECK(tick_names_at(s, run + 1).empty());  // it runs: it left the queue
  CHECK(tick_names_at(s, enq + 1).size() == 1);  // step back: it is queued again

  // Microtasks: the promise reaction and queueMicrotask wait together.
  const auto& q = s.model.queues();
  CHECK(q.microtasks_live().count_alive(run) == 2);

  // The check phase detaches both immediates; the one queued inside waits.
  const uint32_t nested = s.find(EventKind::CallbackEnter, "nestedImmediate");
  const uint32_t first_run = s.find(EventKind::CallbackEnter, "firstImmediate");
  const uint32_t batch = s.find(EventKind::ImmediateBatch);
  int detached = 0;
  int waiting = 0;
  q.immediates_live().for_each_alive(first_run + 3, [&](uint32_t slot) {
    const auto& item = q.immediates()[slot];
    if (item.detached != kNone && item.detached < first_run + 3) {
      ++detached;
    } else {
      ++waiting;
      CHECK(s.name_of(item) == "nestedImmediate");
    }
  });
  CHECK(detached == 1);  // secondImmediate (firstImmediate is running)
  CHECK(waiting == 1);
  CHECK(q.immediates_live().count_alive(batch + 1) == 2);
  CHECK(q.immediates_live().count_alive(nested + 1) == 0);

  // Timer lists by duration at the end of the main script.
  const uint32_t script_end = s.find(EventKind::ScriptRunEnd);
  std::vector<uint32_t> lists;
  q.lists_live().for_each_alive(script_end, [&](uint32_t slot) { lists.push_back(q.lists()[slot].ms); });
  CHECK(lists == std::vector<uint32_t>{60, 20, 25});
  CHECK(q.timers_live().count_alive(script_end) == 3);
  // The interval re-enters its list after each run, and leaves at clearInterval.
  int interval_entries = 0;
  for (const auto& t : q.timers()) {
    if (t.repeat) ++interval_entries;
  }
  CHECK(interval_entries == 3);
}

TEST_CASE("the module tree shows the main module, its requires and their steps", "[viz][model]") {
  SceneRun& s = scene();
  const auto& m = s.model.modules();
  REQUIRE(m.roots().size() == 1);
  const RequireNode& main = m.nodes()[m.roots()[0]];
  CHECK(main.outcome == RequireOutcome::File);
  REQUIRE(main.children.size() == 2);
  const RequireNode& helper = m.nodes()[main.children[0]];
  CHECK(s.strings().get(helper.request) == "./helper");
  CHECK(helper.outcome == RequireOutcome::File);
  CHECK(s.strings().get(helper.filename).find("tests/viz/helper.js") != std::string_view::npos);
  int misses = 0;
  int hits = 0;
  for (uint32_t step : helper.steps) {
    const auto& e = s.log()[step];
    if (e.kind != EventKind::ModuleTry) continue;
    (s.strings().get(static_cast<uint32_t>(e.arg[2])) == "missing" ? misses : hits)++;
  }
  CHECK(misses >= 1);  // ./helper as a file: missing
  CHECK(hits == 1);    // ./helper.js
  CHECK(helper.loaded != kNone);
  const RequireNode& path = m.nodes()[main.children[1]];
  CHECK(path.outcome == RequireOutcome::Core);
}

TEST_CASE("the slab map has the pool's slices, the retired tail and own buffers", "[viz][model]") {
  SceneRun& s = scene();
  const auto& slabs = s.model.slabs().slabs();
  REQUIRE(slabs.size() >= 2);
  const Slab& first = slabs[0];
  CHECK(first.size == 8192);
  CHECK(first.retired != kNone);
  CHECK(first.wasted == first.size - first.used);
  CHECK(first.request == 1500);
  REQUIRE(first.slices.size() >= 3);
  uint32_t end = 0;
  for (const SlabSlice& slice : first.slices) {
    CHECK(slice.offset == end);  // slices follow each other, padding included
    CHECK((slice.offset + slice.size + slice.padding) % 8 == 0);
    end = slice.offset + slice.size + slice.padding;
  }
  CHECK(end == first.used);
  bool zeroed = false;
  bool own = false;
  for (const OwnBuffer& b : s.model.slabs().own_buffers()) {
    zeroed = zeroed || s.strings().get(b.path) == "zeroed";
    own = own || (s.strings().get(b.path) == "own" && b.size == 5000);
  }
  CHECK(zeroed);
  CHECK(own);
  CHECK(s.model.slabs().external_at(s.log().size()) > 0);
  CHECK(s.model.slabs().external_at(0) == 0);
}

TEST_CASE("console lines link to the console.write that printed them", "[viz][model]") {
  SceneRun& s = scene();
  const auto& console = s.model.console();
  REQUIRE(console.lines().size() >= 10);
  const ConsoleLine& first = console.lines()[0];
  CHECK(console.line_text(first) == "hello, scene from scene.js");
  CHECK(s.log()[first.event].kind == EventKind::ConsoleWrite);
  CHECK(console.lines_before(first.event) == 0);
  CHECK(console.lines_before(first.event + 1) == 1);
}

TEST_CASE("why did this run now: scheduler, queue, wait and rule", "[viz][model][why]") {
  SceneRun& s = scene();
  auto explain = [&](const char* name) {
    const uint32_t enter = s.find(EventKind::CallbackEnter, name);
    return explain_callback(s.model, s.log(), s.strings(), s.model.callback_running_at(enter));
  };
  Explanation nested = explain("nestedImmediate");
  REQUIRE(nested.ok);
  CHECK(nested.title.find("setImmediate") != std::string::npos);
  CHECK(nested.rule.find("check phase") != std::string::npos);
  CHECK(nested.rule.find("queued during iteration 1") != std::string::npos);
  CHECK(nested.node_source.find("processImmediate") != std::string::npos);
  bool scheduled_by_first = false;
  for (const auto& line : nested.lines) {
    if (line.label == "scheduled by" && line.text.find("firstImmediate") != std::string::npos) {
      scheduled_by_first = true;
      CHECK(line.event != kNone);
    }
  }
  CHECK(scheduled_by_first);

  Explanation tick = explain("secondTick");
  CHECK(tick.rule.find("nextTick") != std::string::npos);
  CHECK(tick.node_source.find("processTicksAndRejections") != std::string::npos);

  Explanation timer = explain("fastTimer");
  CHECK(timer.rule.find("Timers phase") != std::string::npos);
  CHECK(timer.rule.find("20 ms list") != std::string::npos);

  const uint32_t micro_enter = s.find(EventKind::CallbackEnter, "microtask", 1);
  Explanation micro = explain_callback(s.model, s.log(), s.strings(),
                                       s.model.callback_running_at(micro_enter));
  CHECK(micro.rule.find("queueMicrotask") != std::string::npos);
}

TEST_CASE("ingesting in small slices gives the same model as all at once", "[viz][model]") {
  SceneRun& s = scene();
  TraceModel sliced;
  while (sliced.ingest(s.log(), s.strings(), 7) > 0) {
  }
  CHECK(sliced.spans().size() == s.model.spans().size());
  CHECK(sliced.iterations().size() == s.model.iterations().size());
  CHECK(sliced.queues().timers().size() == s.model.queues().timers().size());
  CHECK(sliced.console().lines().size() == s.model.console().lines().size());
  for (size_t i = 0; i < sliced.spans().size(); ++i) {
    CHECK(sliced.spans()[i].i0 == s.model.spans()[i].i0);
    CHECK(sliced.spans()[i].i1 == s.model.spans()[i].i1);
  }
}

TEST_CASE("IntervalIndex visits exactly the intervals alive at a cursor", "[viz][model]") {
  std::mt19937 rng(42);
  IntervalIndex index;
  std::vector<std::pair<uint32_t, uint32_t>> all;
  uint32_t t = 0;
  for (int i = 0; i < 2000; ++i) {
    t += rng() % 3;
    const uint32_t slot = index.add(t);
    uint32_t end = kNone;
    if (rng() % 10 != 0) {
      end = t + rng() % (rng() % 20 == 0 ? 5000 : 30);
      index.close(slot, end);
    }
    all.emplace_back(t, end);
  }
  for (size_t cursor : {0u, 1u, 50u, 777u, 2000u, 4000u, 9000u}) {
    std::vector<uint32_t> got;
    index.for_each_alive(cursor, [&](uint32_t s) { got.push_back(s); });
    std::vector<uint32_t> want;
    for (uint32_t k = 0; k < all.size(); ++k) {
      if (alive_at(all[k].first, all[k].second, cursor)) want.push_back(k);
    }
    CHECK(got == want);
  }
}

TEST_CASE("the event filter indexes by category and search text", "[viz][model]") {
  SceneRun& s = scene();
  EventFilter filter;
  CategoryMask timers;
  timers.set(static_cast<size_t>(ts::trace::Category::timer));
  filter.set(timers, "");
  while (!filter.update(s.log(), s.strings(), 50)) {
  }
  REQUIRE(!filter.rows().empty());
  for (uint32_t r : filter.rows()) {
    CHECK(ts::trace::kind_info(s.log()[r].kind).category == ts::trace::Category::timer);
  }
  CategoryMask all;
  all.set();
  filter.set(all, "TICKTOCK");
  filter.update(s.log(), s.strings(), 1'000'000);
  CHECK(filter.rows().size() == 3);  // the interval's three callback.enter
}

TEST_CASE("narration and durations read as sentences", "[viz][model]") {
  SceneRun& s = scene();
  const std::string fire = narrate(s.log()[s.find(EventKind::TimerFire)], s.strings());
  CHECK(fire.find("Timer #") == 0);
  CHECK(format_duration(1500) == "1.5 \xC2\xB5s");
  CHECK(format_duration(2'500'000) == "2.50 ms");
  CHECK(format_duration(12) == "12 ns");
}

namespace {

// Waits until pred() or a second passes, updating the session like a UI.
template <typename Pred>
bool pump(Session& session, Pred pred) {
  for (int i = 0; i < 1000; ++i) {
    session.update(0.0);
    if (pred()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return false;
}

}  // namespace

TEST_CASE("lockstep: the runtime is held at the cursor and steps one event at a time",
          "[viz][session]") {
  OpenRequest request;
  request.path = kScene;
  request.lockstep = true;
  request.start_playing = false;
  Session session(request);
  REQUIRE(session.ok());
  REQUIRE(session.live());
  Playback& pb = session.playback();

  // Held before anything much happens.
  REQUIRE(pump(session, [&] { return session.status().find("held") != std::string::npos; }));
  const size_t held = session.log().size();
  CHECK(held <= 1);
  pb.go_to(held);
  session.update(0.0);
  CHECK(session.cursor() == held);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  session.update(0.0);
  CHECK(session.log().size() == held);  // it stays held

  pb.step_forward(StepUnit::Event);
  REQUIRE(pump(session, [&] { return session.log().size() == held + 1 && session.cursor() == held + 1; }));
  pb.step_forward(StepUnit::Event);
  REQUIRE(pump(session, [&] { return session.cursor() == held + 2; }));
  CHECK(session.log().size() == held + 2);

  // Next phase: it runs until the first phase.enter (through the main
  // script: loop.start is a stage too) and stops right there.
  pb.step_forward(StepUnit::Phase);
  REQUIRE(pump(session, [&] { return !pb.seeking() && session.cursor() > held + 2; }));
  CHECK(session.log()[session.cursor() - 1].kind == EventKind::LoopStart);
  CHECK(session.log().size() == session.cursor());
  pb.step_forward(StepUnit::Phase);
  REQUIRE(pump(session, [&] { return !pb.seeking() && session.log()[session.cursor() - 1].kind == EventKind::PhaseEnter; }));
  CHECK(session.log().size() == session.cursor());
  const size_t at_phase = session.cursor();

  // Step back: the cursor moves over recorded events, the runtime stays put.
  pb.step_back(StepUnit::Event);
  session.update(0.0);
  CHECK(session.cursor() == at_phase - 1);
  pb.step_back(StepUnit::Iteration);
  session.update(0.0);
  CHECK(session.cursor() < at_phase - 1);
  CHECK(session.log().size() == at_phase);

  // Next iteration from there is found in the recorded events first.
  pb.step_forward(StepUnit::Iteration);
  REQUIRE(pump(session, [&] { return !pb.seeking(); }));
  CHECK(session.log()[session.cursor() - 1].kind == EventKind::IterBegin);

  // Run to the end.
  pb.go_to_end();
  REQUIRE(pump(session, [&] { return session.finished(); }));
  CHECK(session.cursor() == session.log().size());
  CHECK(session.log()[session.log().size() - 1].kind == EventKind::ProcessExit);
}

TEST_CASE("restarting a held run stops its runtime promptly", "[viz][session]") {
  OpenRequest request;
  request.path = kScene;
  request.lockstep = true;
  request.start_playing = false;
  auto session = std::make_unique<Session>(request);
  REQUIRE(pump(*session, [&] { return session->status().find("held") != std::string::npos; }));
  const auto t0 = std::chrono::steady_clock::now();
  session.reset();  // aborts the gate, the runtime unwinds, the thread joins
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(s < 0.5);
  CHECK(LiveRun::leaked_runs() == 0);
}

TEST_CASE("lookahead: a paused run still runs ahead, so its timers keep real time",
          "[viz][session]") {
  OpenRequest request;
  request.path = kScene;
  request.start_playing = false;
  Session session(request);
  REQUIRE(pump(session, [&] { return session.finished(); }));
  CHECK(session.cursor() == 0);  // nothing shown yet, everything recorded
  CHECK(session.model().console().lines().size() >= 10);
  session.playback().step_forward(StepUnit::Iteration);
  session.update(0.0);
  CHECK(session.log()[session.cursor() - 1].kind == EventKind::IterBegin);
}
