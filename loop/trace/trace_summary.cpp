#include "trace/trace_summary.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace ts {

using trace::EventKind;

void TraceSummary::write(const trace::EventLog& log, const trace::StringTable&, size_t from,
                         size_t to) {
  for (size_t i = from; i < to; ++i) {
    const trace::Event& e = log[i];
    ++total_;
    ++by_kind_[static_cast<size_t>(e.kind)];
    if (e.kind == EventKind::CallbackEnter) ++callbacks_by_phase_[static_cast<size_t>(e.phase)];
    iterations_ = std::max(iterations_, e.iter);
    last_t_ = e.t;
  }
}

std::string TraceSummary::format(uint64_t dropped) const {
  std::string out;
  char line[160];
  std::snprintf(line, sizeof line,
                "\n-- tickscope trace summary: %llu events, %u loop iterations, %.3f ms%s\n",
                static_cast<unsigned long long>(total_), iterations_,
                static_cast<double>(last_t_) / 1e6, dropped ? " (some dropped)" : "");
  out += line;
  out += "   callbacks by phase:";
  for (size_t p = 0; p < callbacks_by_phase_.size(); ++p) {
    std::snprintf(line, sizeof line, " %s %llu", std::string(trace::phase_name(
                                                     static_cast<trace::Phase>(p)))
                                                     .c_str(),
                  static_cast<unsigned long long>(callbacks_by_phase_[p]));
    out += line;
  }
  out += "\n   events by kind:\n";
  std::vector<std::pair<uint64_t, size_t>> kinds;
  for (size_t k = 0; k < by_kind_.size(); ++k) {
    if (by_kind_[k] != 0) kinds.emplace_back(by_kind_[k], k);
  }
  std::sort(kinds.begin(), kinds.end(), [](auto& a, auto& b) { return a.first > b.first; });
  for (const auto& [n, k] : kinds) {
    std::snprintf(line, sizeof line, "     %-22s %llu\n",
                  trace::kind_info(static_cast<EventKind>(k)).name,
                  static_cast<unsigned long long>(n));
    out += line;
  }
  return out;
}

}  // namespace ts
