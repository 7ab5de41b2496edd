#include "session.hpp"

#include <sys/stat.h>

#include <filesystem>

namespace ts::viz {

namespace {

bool file_exists(const std::string& path) {
  struct stat st;
  return !path.empty() && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// An empty log for a session that failed to open.
const trace::EventLog& empty_log() {
  static const trace::EventLog* log = new trace::EventLog(1);
  return *log;
}
const trace::StringTable& empty_strings() {
  static const trace::StringTable* strings = new trace::StringTable();
  return *strings;
}

}  // namespace

bool is_trace_path(const std::string& path) {
  const auto ends = [&path](const char* ext) {
    const std::string e(ext);
    return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
  };
  return ends(".jsonl") || ends(".json") || ends(".trace");
}

Session::Session(const OpenRequest& request)
    : request_(request), opened_(std::chrono::steady_clock::now()) {
  playback_.set_speed(request.speed);
  playback_.set_lockstep(request.lockstep);
  if (is_trace_path(request.path)) {
    file_ = std::make_unique<FileLoad>(request.path);
    if (!file_->ok()) {
      error_ = "cannot open " + request.path + ": " + file_->error();
      file_.reset();
    }
    playback_.attach(&log(), nullptr, false, true);
    return;
  }
  if (!file_exists(request.path)) {
    error_ = "cannot open " + request.path + ": no such file";
    playback_.attach(&log(), nullptr, false, false);
    return;
  }
  std::string absolute = request.path;
  std::error_code ec;
  const auto abs = std::filesystem::absolute(request.path, ec);
  if (!ec) absolute = abs.lexically_normal().string();
  request_.path = absolute;
  // The gate's first limit: 0 in lockstep (held before the first event),
  // else the lookahead. Playback::attach sets the real one at once.
  live_ = std::make_unique<LiveRun>(absolute, request.live,
                                    request.lockstep ? 0 : playback_.lookahead());
  playback_.attach(&log(), &live_->gate(), request.start_playing, false);
}

Session::~Session() {
  // The LiveRun stops (and joins) its runtime first; the model goes after.
  live_.reset();
  file_.reset();
}

const trace::EventLog& Session::log() const {
  if (live_) return live_->log();
  if (file_) return file_->log();
  return empty_log();
}

const trace::StringTable& Session::strings() const {
  if (live_) return live_->strings();
  if (file_) return file_->strings();
  return empty_strings();
}

bool Session::source_finished() const {
  if (live_) return live_->finished();
  if (file_) return file_->finished();
  return true;
}

void Session::update(double dt_seconds, double ingest_seconds) {
  const bool done_before = source_finished();  // read first: the log is complete then
  if (ingest_seconds <= 0) {
    model_.ingest(log(), strings());
  } else {
    // In slices, so a million new events do not freeze one frame.
    const auto start = std::chrono::steady_clock::now();
    while (model_.ingest(log(), strings(), 65536) > 0 &&
           std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() <
               ingest_seconds) {
    }
  }
  const bool finished_now = done_before && model_.ingested() >= log().size();
  playback_.update(dt_seconds, finished_now);
  if (finished_now && load_seconds_ == 0) {
    load_seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - opened_).count();
  }
}

double Session::load_progress() const {
  if (file_ && !file_->finished()) return file_->progress();
  const size_t size = log().size();
  if (size == 0) return source_finished() ? 1.0 : 0.0;
  return static_cast<double>(model_.ingested()) / static_cast<double>(size);
}

std::string Session::status() const {
  if (!ok()) return error_;
  const size_t size = log().size();
  if (file_) {
    if (!file_->finished()) {
      return "loading " + std::to_string(static_cast<int>(file_->progress() * 100)) + "%";
    }
    std::string s = "trace file: " + std::to_string(size) + " events";
    if (file_->stats().dropped > 0) {
      s += " (the first " + std::to_string(size) + " only: " + std::to_string(file_->stats().dropped) +
           " more did not fit)";
    }
    if (file_->stats().bad_lines + file_->stats().unknown_kinds > 0) {
      s += " (" + std::to_string(file_->stats().bad_lines + file_->stats().unknown_kinds) +
           " lines skipped)";
    }
    return s;
  }
  if (live_->finished()) return "run ended, exit code " + std::to_string(live_->exit_code());
  if (live_->gate().waiting()) {
    if (live_->gate().published() >= size && playback_.cursor() >= size) {
      return "runtime held at event " + std::to_string(size);
    }
    return "runtime held " + std::to_string(size - playback_.cursor()) + " events ahead";
  }
  return "running";
}

std::string Session::script_path() const {
  if (live_) return request_.path;
  // A trace: the main module's absolute path (its first module.load), else
  // the metadata's script, relative to the trace's folder or the cwd.
  const auto& nodes = model_.modules().nodes();
  for (const auto& node : nodes) {
    if (node.load != kNone) {
      const std::string p(strings().get(node.filename));
      if (file_exists(p)) return p;
      break;
    }
  }
  if (file_ && file_->has_meta()) {
    const std::string& script = file_->meta().script;
    if (file_exists(script)) return script;
    const auto dir = std::filesystem::path(request_.path).parent_path();
    const std::string beside = (dir / script).string();
    if (file_exists(beside)) return beside;
    return script;
  }
  return "";
}

std::string Session::readme_path() const {
  const std::string script = script_path();
  if (script.empty()) return "";
  const std::string readme =
      (std::filesystem::path(script).parent_path() / "README.md").string();
  return file_exists(readme) ? readme : "";
}

const trace::JsonlReadStats* Session::file_stats() const {
  return file_ && file_->finished() ? &file_->stats() : nullptr;
}

}  // namespace ts::viz
