// Child traces: a tickscope run with --trace FILE gives every process it
// spawns the environment variable TICKSCOPE_TRACE=FILE
// (modules/native/process_wrap.cpp); a tickscope child started with it, and
// without a --trace of its own, writes its trace to FILE with its pid
// inserted before the extension (t.jsonl -> t.4242.jsonl), and passes the
// same variable on to its own children. docs/trace-format.md ("Children")
// says how the traces fit together.
#pragma once

#include <string>

namespace ts {

inline constexpr const char* kChildTraceEnv = "TICKSCOPE_TRACE";

// "dir/t.jsonl" + 4242 -> "dir/t.4242.jsonl"; "t" -> "t.4242".
inline std::string child_trace_path(const std::string& parent, long pid) {
  const size_t slash = parent.rfind('/');
  const size_t dot = parent.rfind('.');
  const std::string tag = "." + std::to_string(pid);
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash) || dot == 0 ||
      dot == slash + 1) {
    return parent + tag;
  }
  return parent.substr(0, dot) + tag + parent.substr(dot);
}

}  // namespace ts
