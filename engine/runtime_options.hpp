// What a Runtime is asked to do: the script, its arguments, tracing and limits.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ts {

// Where the script's stdout and stderr go. The default writes to fds 1 and 2;
// tests and the visualizer capture them instead.
using OutputFn = std::function<void(int fd, std::string_view bytes)>;

struct Limits {
  uint64_t timeout_ms = 0;        // wall clock; 0 = none
  uint64_t max_heap_bytes = 0;    // Duktape heap (and Buffers); 0 = none
  uint64_t max_events = 0;        // recorded events; 0 = none
  uint64_t max_output_bytes = 0;  // stdout + stderr; 0 = none
};

struct RuntimeOptions {
  std::string exec_path;              // process.execPath / argv[0]
  std::vector<std::string> args;      // script arguments after the file
  std::vector<std::string> exec_argv; // tickscope options, for process.execArgv
  bool trace = false;                 // record events
  size_t trace_capacity = 4'000'000;  // events kept in memory
  bool deterministic = false;         // virtual clock
  // Tracing children: the trace path children are told to use (the env var
  // TICKSCOPE_TRACE, engine/child_trace.hpp); empty: children are not traced.
  std::string child_trace;
  Limits limits;
  OutputFn output;                    // null: write to fds 1 and 2
};

}  // namespace ts
