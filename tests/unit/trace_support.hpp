// Running a script with tracing on and reading its events back, for the
// trace tests.
#pragma once

#include <algorithm>
#include <map>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "test_support.hpp"
#include "trace/event.hpp"

namespace ts::test {

// One decoded event: its kind and phase as names, payload values by field name.
struct TracedEvent {
  uint64_t seq;
  std::string kind;
  uint32_t iter;
  std::string phase;
  uint32_t id;
  uint32_t cause;
  std::vector<std::pair<std::string, std::string>> data;

  std::string get(const std::string& field) const {
    for (const auto& [k, v] : data) {
      if (k == field) return v;
    }
    return {};
  }
  int64_t num(const std::string& field) const { return std::stoll(get(field)); }
};

struct TracedRun {
  RunResult result;
  std::vector<TracedEvent> events;

  std::vector<const TracedEvent*> of(const std::string& kind) const {
    std::vector<const TracedEvent*> out;
    for (const auto& e : events) {
      if (e.kind == kind) out.push_back(&e);
    }
    return out;
  }
  // The callback.enter of the console.write whose text is `text` (the
  // callback that printed it).
  const TracedEvent* printed(const std::string& text) const {
    for (const auto& e : events) {
      if (e.kind == "console.write" && e.get("text") == text) return &e;
    }
    return nullptr;
  }
  const TracedEvent* enter_of(uint32_t id) const {
    for (const auto& e : events) {
      if (e.kind == "callback.enter" && e.id == id) return &e;
    }
    return nullptr;
  }
};

inline TracedRun run_traced(const std::string& source) {
  TracedRun run;
  TempDir dir;
  const std::string file = dir.write("main.js", source);
  RuntimeOptions options;
  options.trace = true;
  options.output = [&run](int fd, std::string_view bytes) {
    (fd == 2 ? run.result.err : run.result.out).append(bytes.data(), bytes.size());
  };
  Runtime rt(options);
  run.result.code = rt.run_main(file);
  const auto& log = rt.recorder().log();
  const auto& strings = rt.recorder().strings();
  for (size_t i = log.first(); i < log.size(); ++i) {
    const trace::Event& e = log[i];
    const trace::KindInfo& info = trace::kind_info(e.kind);
    TracedEvent t{e.seq, info.name, e.iter, std::string(trace::phase_name(e.phase)), e.id,
                  e.cause, {}};
    for (size_t f = 0; f < info.field_count; ++f) {
      std::string v;
      switch (info.fields[f].type) {
        case trace::FieldType::S: v = std::string(strings.get(static_cast<uint32_t>(e.arg[f]))); break;
        case trace::FieldType::B: v = e.arg[f] ? "true" : "false"; break;
        case trace::FieldType::F: {
          double d;
          std::memcpy(&d, &e.arg[f], sizeof d);
          v = std::to_string(d);
          break;
        }
        default: v = std::to_string(e.arg[f]);
      }
      t.data.emplace_back(info.fields[f].name, v);
    }
    run.events.push_back(std::move(t));
  }
  return run;
}

// The most [start, end] intervals that overlap at one moment (pool.work
// intervals: how many requests ran at once).
inline size_t max_overlap(const std::vector<std::pair<int64_t, int64_t>>& intervals) {
  std::vector<std::pair<int64_t, int>> points;
  for (const auto& [start, end] : intervals) {
    points.emplace_back(start, +1);
    points.emplace_back(end, -1);
  }
  // At equal times, an end comes before a start: touching is not overlapping.
  std::sort(points.begin(), points.end());
  int now = 0;
  int most = 0;
  for (const auto& p : points) {
    now += p.second;
    most = std::max(most, now);
  }
  return static_cast<size_t>(most);
}

}  // namespace ts::test
