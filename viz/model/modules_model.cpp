#include "model/modules_model.hpp"

namespace ts::viz {

using trace::EventKind;

const char* require_outcome_name(RequireOutcome outcome) {
  switch (outcome) {
    case RequireOutcome::Pending: return "resolving";
    case RequireOutcome::File: return "file";
    case RequireOutcome::Core: return "built-in";
    case RequireOutcome::Cached: return "cached";
    case RequireOutcome::Cycle: return "cycle (partial exports)";
    case RequireOutcome::NotFound: return "not found";
  }
  return "";
}

void ModulesModel::on_event(uint32_t index, const trace::Event& e) {
  if (kind_info(e.kind).category != trace::Category::module) return;
  if (e.kind == EventKind::ModuleRequire) {
    RequireNode node;
    node.id = e.id;
    node.cause = e.cause;
    node.event = index;
    node.request = static_cast<uint32_t>(e.arg[0]);
    node.parent_file = static_cast<uint32_t>(e.arg[1]);
    const auto slot = static_cast<uint32_t>(nodes_.size());
    const uint32_t parent = node_by_id(e.cause);
    node.parent = parent;
    nodes_.push_back(node);
    by_id_[e.id] = slot;
    if (parent != kNone) {
      nodes_[parent].children.push_back(slot);
    } else {
      roots_.push_back(slot);
    }
    return;
  }
  const uint32_t slot = node_by_id(e.id);
  if (slot == kNone) return;
  RequireNode& node = nodes_[slot];
  node.steps.push_back(index);
  auto settle = [&](RequireOutcome outcome, int64_t filename) {
    node.outcome = outcome;
    node.outcome_event = index;
    node.filename = static_cast<uint32_t>(filename);
  };
  switch (e.kind) {
    case EventKind::ModuleCore: settle(RequireOutcome::Core, e.arg[1]); break;
    case EventKind::ModuleCache:
      settle(e.arg[2] != 0 ? RequireOutcome::Cached : RequireOutcome::Cycle, e.arg[1]);
      break;
    case EventKind::ModuleResolved: settle(RequireOutcome::File, e.arg[1]); break;
    case EventKind::ModuleNotFound: settle(RequireOutcome::NotFound, 0); break;
    case EventKind::ModuleLoad:
      node.load = index;
      if (node.filename == 0) node.filename = static_cast<uint32_t>(e.arg[0]);
      break;
    case EventKind::ModuleLoaded:
      node.loaded = index;
      node.threw = e.arg[2] != 0;
      break;
    default: break;
  }
}

}  // namespace ts::viz
