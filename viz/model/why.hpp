// "Why did this run now?": for one callback, who scheduled it (its cause),
// which queue it waited in and for how long, and the rule of Node's event
// loop that released it, with the Node source that rule lives in and the
// tickscope file that mirrors it.
#pragma once

#include <string>
#include <vector>

#include "model/trace_model.hpp"

namespace ts::viz {

struct WhyLine {
  std::string label;       // "scheduled by", "waited", ...
  std::string text;
  uint32_t event = kNone;  // an event to jump to (the panel makes it a link)
};

struct Explanation {
  bool ok = false;
  std::string title;            // "firstImmediate: a setImmediate callback (#21)"
  std::vector<WhyLine> lines;   // the facts, in order
  std::string rule;             // the rule that released it, in a sentence or two
  std::string node_source;      // "lib/internal/timers.js: processImmediate()"
  std::string node_url;         // that file on GitHub, at Node v20
  std::string mirror;           // the tickscope file that mirrors it
};

// span: a callback span of the model (kNone: nothing to explain).
Explanation explain_callback(const TraceModel& model, const trace::EventLog& log,
                             const trace::StringTable& strings, uint32_t span);

}  // namespace ts::viz
