// ModulesModel: every require() as a tree of resolution steps.
//
// module.require opens a node (id = this require call); every module.* event
// with the same id is one of its steps (module.paths, module.try with its
// hit or miss, module.package, module.cache, module.core, module.resolved or
// module.notFound, module.load, module.loaded). A require made while another
// module loads has that require's id as its cause, so it becomes a child:
// the tree is the load order.
#pragma once

#include <unordered_map>
#include <vector>

#include "model/model_types.hpp"
#include "trace/event_log.hpp"
#include "trace/string_table.hpp"

namespace ts::viz {

enum class RequireOutcome : uint8_t { Pending, File, Core, Cached, Cycle, NotFound };
const char* require_outcome_name(RequireOutcome outcome);

struct RequireNode {
  uint32_t id = 0;
  uint32_t cause = 0;
  uint32_t event = kNone;     // the module.require event
  uint32_t request = 0;       // string ids
  uint32_t parent_file = 0;
  uint32_t parent = kNone;    // parent node, kNone for a root
  std::vector<uint32_t> steps;     // event indices of its other module.* events
  std::vector<uint32_t> children;  // node indices, in order
  RequireOutcome outcome = RequireOutcome::Pending;
  uint32_t outcome_event = kNone;
  uint32_t filename = 0;      // the resolved file (string id)
  uint32_t load = kNone;      // module.load / module.loaded event indices
  uint32_t loaded = kNone;
  bool threw = false;
};

class ModulesModel {
 public:
  void on_event(uint32_t index, const trace::Event& e);

  const std::vector<RequireNode>& nodes() const { return nodes_; }
  const std::vector<uint32_t>& roots() const { return roots_; }
  uint32_t node_by_id(uint32_t id) const {
    const auto it = by_id_.find(id);
    return it == by_id_.end() ? kNone : it->second;
  }

 private:
  std::vector<RequireNode> nodes_;
  std::vector<uint32_t> roots_;
  std::unordered_map<uint32_t, uint32_t> by_id_;
};

}  // namespace ts::viz
