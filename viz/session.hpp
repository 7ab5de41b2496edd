// Session: one thing opened in the visualizer: a script running live
// (LiveRun) or a saved trace (FileLoad), the TraceModel built from its log,
// and the Playback cursor over it. Restart makes a new Session; the old one
// (and its Runtime) is destroyed only after the UI has stopped using it.
//
// UI-free: tests drive a Session without a window.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "file_load.hpp"
#include "live_run.hpp"
#include "model/playback.hpp"
#include "model/trace_model.hpp"

namespace ts::viz {

struct OpenRequest {
  std::string path;          // a .js script (run live) or a .jsonl trace
  LiveOptions live;
  bool lockstep = false;     // hold the runtime at the cursor (Playback)
  bool start_playing = true; // live runs: play at once
  double speed = 12;         // events per second
};

class Session {
 public:
  // Opens a script (run live) or a trace file, by its extension.
  explicit Session(const OpenRequest& request);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Once per frame: reads new events into the model (for at most
  // ingest_seconds; 0: all there are) and moves the cursor.
  void update(double dt_seconds, double ingest_seconds = 0);

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  bool live() const { return live_ != nullptr; }
  const OpenRequest& request() const { return request_; }

  const trace::EventLog& log() const;
  const trace::StringTable& strings() const;
  const TraceModel& model() const { return model_; }
  Playback& playback() { return playback_; }
  const Playback& playback() const { return playback_; }
  size_t cursor() const { return playback_.cursor(); }

  // No more events will come (the run ended, the file is read).
  bool source_finished() const;
  // ... and the model has read them all.
  bool finished() const { return source_finished() && model_.ingested() >= log().size(); }
  // Seconds from opening to finished() (0 until then).
  double load_seconds() const { return load_seconds_; }
  // A line for the status bar: "running", "held at event 57", "exited with code 0".
  std::string status() const;
  double load_progress() const;

  // The script whose source the source panel shows (may not exist on disk).
  std::string script_path() const;
  // The lesson's README.md beside the script, if any ("" otherwise).
  std::string readme_path() const;
  const trace::JsonlReadStats* file_stats() const;

 private:
  OpenRequest request_;
  std::string error_;
  std::unique_ptr<LiveRun> live_;
  std::unique_ptr<FileLoad> file_;
  TraceModel model_;
  Playback playback_;
  std::chrono::steady_clock::time_point opened_;
  double load_seconds_ = 0;
};

// True when the path names a trace file (.jsonl) rather than a script.
bool is_trace_path(const std::string& path);

}  // namespace ts::viz
