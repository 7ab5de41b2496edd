#include "process_options.hpp"

#include "child_trace.hpp"

extern char** environ;

namespace ts {

std::vector<std::string> string_array(duk_context* ctx, duk_idx_t idx, const char* key) {
  std::vector<std::string> out;
  duk_get_prop_string(ctx, idx, key);
  if (duk_is_array(ctx, -1)) {
    const duk_size_t n = duk_get_length(ctx, -1);
    for (duk_size_t i = 0; i < n; ++i) {
      duk_get_prop_index(ctx, -1, static_cast<duk_uarridx_t>(i));
      out.emplace_back(duk_safe_to_string(ctx, -1));
      duk_pop(ctx);
    }
  }
  duk_pop(ctx);
  return out;
}

ProcessOptions::ProcessOptions(Runtime& rt, duk_context* ctx, duk_idx_t idx) {
  idx = duk_normalize_index(ctx, idx);
  duk_get_prop_literal(ctx, idx, "file");
  if (duk_is_string(ctx, -1)) file_ = duk_get_string(ctx, -1);
  duk_pop(ctx);
  options_.file = file_.c_str();

  args_ = string_array(ctx, idx, "args");
  for (std::string& a : args_) argv_.push_back(a.data());
  argv_.push_back(nullptr);
  options_.args = argv_.data();

  duk_get_prop_literal(ctx, idx, "cwd");
  if (duk_is_string(ctx, -1)) cwd_ = duk_get_string(ctx, -1);
  duk_pop(ctx);
  if (!cwd_.empty()) options_.cwd = cwd_.c_str();

  duk_get_prop_literal(ctx, idx, "envPairs");
  has_env_ = duk_is_array(ctx, -1);
  duk_pop(ctx);
  if (has_env_) env_ = string_array(ctx, idx, "envPairs");
  if (rt.recorder().enabled() && !rt.options().child_trace.empty()) add_child_trace_env(rt);
  if (has_env_ || child_traced_) {
    for (std::string& e : env_) envp_.push_back(e.data());
    envp_.push_back(nullptr);
    options_.env = envp_.data();
  }

  duk_get_prop_literal(ctx, idx, "detached");
  if (duk_to_boolean(ctx, -1)) options_.flags |= UV_PROCESS_DETACHED;
  duk_pop(ctx);
  duk_get_prop_literal(ctx, idx, "uid");
  if (duk_is_number(ctx, -1)) {
    options_.flags |= UV_PROCESS_SETUID;
    options_.uid = static_cast<uv_uid_t>(duk_get_int(ctx, -1));
  }
  duk_pop(ctx);
  duk_get_prop_literal(ctx, idx, "gid");
  if (duk_is_number(ctx, -1)) {
    options_.flags |= UV_PROCESS_SETGID;
    options_.gid = static_cast<uv_gid_t>(duk_get_int(ctx, -1));
  }
  duk_pop(ctx);
}

// TICKSCOPE_TRACE (and under --deterministic TICKSCOPE_TRACE_TAG) for the
// child, replacing any it would inherit.
void ProcessOptions::add_child_trace_env(Runtime& rt) {
  child_traced_ = true;
  if (!has_env_) {
    for (char** e = environ; e != nullptr && *e != nullptr; ++e) env_.emplace_back(*e);
  }
  const std::string trace_prefix = std::string(kChildTraceEnv) + "=";
  const std::string tag_prefix = std::string(kChildTraceTagEnv) + "=";
  for (size_t i = env_.size(); i-- > 0;) {
    if (env_[i].compare(0, trace_prefix.size(), trace_prefix) == 0 ||
        env_[i].compare(0, tag_prefix.size(), tag_prefix) == 0) {
      env_.erase(env_.begin() + static_cast<long>(i));
    }
  }
  env_.push_back(trace_prefix + rt.options().child_trace);
  if (rt.options().deterministic) {
    // Pids differ between runs: name the child's trace by its number.
    child_trace_number_ = rt.next_traced_child();
    env_.push_back(tag_prefix + child_trace_tag(true, 0, child_trace_number_));
  }
}

}  // namespace ts
