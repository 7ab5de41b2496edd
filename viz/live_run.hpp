// LiveRun: a script running in a Runtime on its own thread, recording into
// the Runtime's event log, held by a StepGate (model/step_gate.hpp).
//
// The UI thread reads the log (lock-free) and moves the gate; it never calls
// the Runtime while the thread runs. Stopping (restart, opening another
// file, quitting) aborts the gate: at its next event the runtime thread
// calls Runtime::request_exit on itself, which unwinds the JS and returns
// from run_main; then the thread is joined and the Runtime destroyed.
//
// A script that spins without recording anything (while (true) {}) never
// reaches the gate, and a Runtime cannot be stopped from another thread. Such
// a run is left behind: its thread is detached and keeps what it needs alive
// until it ends; leaked_runs() counts them so main() can exit without
// waiting for them.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "model/step_gate.hpp"
#include "trace/event_log.hpp"
#include "trace/string_table.hpp"

namespace ts::viz {

struct LiveOptions {
  std::string exec_path;              // process.execPath: the tickscope binary (fork runs it)
  std::vector<std::string> args;      // the script's process.argv tail
  bool deterministic = false;         // the virtual clock (--deterministic)
  size_t capacity = 2'000'000;        // events kept (64 bytes each); then the run stops
};

class LiveRun {
 public:
  // Starts running `script` at once; the gate starts with `initial_limit`.
  LiveRun(const std::string& script, const LiveOptions& options, uint64_t initial_limit);
  ~LiveRun();
  LiveRun(const LiveRun&) = delete;
  LiveRun& operator=(const LiveRun&) = delete;

  const trace::EventLog& log() const;
  const trace::StringTable& strings() const;
  StepGate& gate();
  bool finished() const;
  int exit_code() const;  // after finished()
  // Aborts the run and waits up to timeout_ms for it to end.
  void stop(int timeout_ms = 1000);

  static int leaked_runs();

 private:
  struct State;
  std::shared_ptr<State> state_;
  std::thread thread_;
};

}  // namespace ts::viz
