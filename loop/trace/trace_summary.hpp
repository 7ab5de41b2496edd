// TraceSummary: counts a run's events for `tickscope run --summary`.
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "trace/recorder.hpp"

namespace ts {

class TraceSummary : public trace::Sink {
 public:
  void write(const trace::EventLog& log, const trace::StringTable& strings, size_t from,
             size_t to) override;
  // The summary as text (a few lines, for stderr).
  std::string format(uint64_t dropped) const;

  uint64_t count(trace::EventKind kind) const { return by_kind_[static_cast<size_t>(kind)]; }

 private:
  std::array<uint64_t, trace::kEventKindCount> by_kind_{};
  std::array<uint64_t, static_cast<size_t>(trace::Phase::Count)> callbacks_by_phase_{};
  uint64_t total_ = 0;
  uint32_t iterations_ = 0;
  uint64_t last_t_ = 0;
};

}  // namespace ts
