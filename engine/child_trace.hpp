// Child traces: a tickscope run with --trace FILE gives every process it
// spawns the environment variable TICKSCOPE_TRACE=FILE
// (modules/native/process_wrap.cpp); a tickscope child started with it, and
// without a --trace of its own, writes its trace to FILE with a tag inserted
// before the extension, and passes the same variable on to its own
// children. The tag is the child's pid (t.jsonl -> t.4242.jsonl), or under
// --deterministic, where pids differ from run to run, the parent's count of
// traced children, handed over in TICKSCOPE_TRACE_TAG (t.jsonl -> t.c1.jsonl).
// docs/trace-format.md ("Children") says how the traces fit together.
#pragma once

#include <string>

namespace ts {

inline constexpr const char* kChildTraceEnv = "TICKSCOPE_TRACE";
inline constexpr const char* kChildTraceTagEnv = "TICKSCOPE_TRACE_TAG";

// The tag of a child's trace file: its pid, or "c<N>" for the parent's Nth
// traced child under --deterministic.
inline std::string child_trace_tag(bool deterministic, long pid, unsigned count) {
  return deterministic ? "c" + std::to_string(count) : std::to_string(pid);
}

// "dir/t.jsonl" + "4242" -> "dir/t.4242.jsonl"; "t" -> "t.4242".
inline std::string child_trace_path(const std::string& parent, const std::string& child_tag) {
  const size_t slash = parent.rfind('/');
  const size_t dot = parent.rfind('.');
  const std::string tag = "." + child_tag;
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash) || dot == 0 ||
      dot == slash + 1) {
    return parent + tag;
  }
  return parent.substr(0, dot) + tag + parent.substr(dot);
}

}  // namespace ts
