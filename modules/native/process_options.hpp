// The options object that spawn() and spawnSync() share (Node reads the same
// fields in ProcessWrap::Spawn and SyncProcessRunner::ParseOptions):
//
//   { file, args, cwd, envPairs, detached, uid, gid, ... }
//
// ProcessOptions reads them into strings it owns and fills the
// uv_process_options_t that points into those strings; each caller adds its
// own exit callback and stdio. When this process is traced with a trace file,
// the child's environment gets the child-trace variables
// (engine/child_trace.hpp), the same for both forms.
#pragma once

#include <uv.h>

#include <string>
#include <vector>

#include "runtime.hpp"

namespace ts {

class ProcessOptions {
 public:
  // Reads the options object at idx.
  ProcessOptions(Runtime& rt, duk_context* ctx, duk_idx_t idx);
  ProcessOptions(const ProcessOptions&) = delete;
  ProcessOptions& operator=(const ProcessOptions&) = delete;

  uv_process_options_t& uv() { return options_; }
  const std::string& file() const { return file_; }
  const std::vector<std::string>& args() const { return args_; }
  // Whether the child was given a trace file of its own, and (under
  // --deterministic) its number among this process's traced children.
  bool child_traced() const { return child_traced_; }
  unsigned child_trace_number() const { return child_trace_number_; }

 private:
  void add_child_trace_env(Runtime& rt);

  std::string file_;
  std::string cwd_;
  std::vector<std::string> args_;
  std::vector<std::string> env_;
  bool has_env_ = false;
  std::vector<char*> argv_;
  std::vector<char*> envp_;
  uv_process_options_t options_{};
  bool child_traced_ = false;
  unsigned child_trace_number_ = 0;
};

// The array property `key` of the object at idx, as strings (empty when absent).
std::vector<std::string> string_array(duk_context* ctx, duk_idx_t idx, const char* key);

}  // namespace ts
