#include "live_run.hpp"

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "runtime.hpp"

namespace ts::viz {

namespace {
std::atomic<int> g_leaked{0};
}

// Everything the runtime thread touches; shared so that a run that will not
// stop can outlive its LiveRun.
struct LiveRun::State {
  StepGate gate;  // declared first: destroyed after the Runtime that observes it
  std::unique_ptr<Runtime> runtime;
  std::mutex mutex;
  std::condition_variable done_cv;
  bool done = false;
  int code = 0;
  bool leaked = false;

  ~State() {
    if (runtime) {
      gate.abort();  // a Runtime tearing down may still record: never block it
      runtime->recorder().set_observer(nullptr);
      runtime.reset();
    }
  }
};

LiveRun::LiveRun(const std::string& script, const LiveOptions& options, uint64_t initial_limit)
    : state_(std::make_shared<State>()) {
  RuntimeOptions ro;
  ro.exec_path = options.exec_path.empty() ? "tickscope" : options.exec_path;
  ro.args = options.args;
  ro.trace = true;
  ro.trace_capacity = options.capacity + 64;  // room for the limit and exit events
  ro.deterministic = options.deterministic;
  // A full log stops the run with a message instead of dropping events.
  ro.limits.max_events = options.capacity;
  ro.output = [](int, std::string_view) {};  // the console panel shows console.write events
  state_->runtime = std::make_unique<Runtime>(std::move(ro));
  state_->gate.set_limit(initial_limit);
  Runtime* rt = state_->runtime.get();
  state_->gate.set_on_abort([rt] { rt->request_exit(130, StopReason::Limit); });
  rt->recorder().set_observer(&state_->gate);

  std::shared_ptr<State> state = state_;
  thread_ = std::thread([state, script] {
    const int code = state->runtime->run_main(script);
    state->runtime->recorder().flush();
    std::lock_guard<std::mutex> lock(state->mutex);
    state->code = code;
    state->done = true;
    if (state->leaked) g_leaked.fetch_sub(1);
    state->done_cv.notify_all();
  });
}

LiveRun::~LiveRun() { stop(); }

void LiveRun::stop(int timeout_ms) {
  if (!thread_.joinable()) return;
  state_->gate.abort();
  std::unique_lock<std::mutex> lock(state_->mutex);
  const bool ended = state_->done_cv.wait_for(lock, std::chrono::milliseconds(timeout_ms),
                                              [this] { return state_->done; });
  if (ended) {
    lock.unlock();
    thread_.join();
    return;
  }
  // It will not stop (a busy loop that records nothing): leave it running.
  state_->leaked = true;
  g_leaked.fetch_add(1);
  lock.unlock();
  thread_.detach();
}

const trace::EventLog& LiveRun::log() const { return state_->runtime->recorder().log(); }
const trace::StringTable& LiveRun::strings() const { return state_->runtime->recorder().strings(); }
StepGate& LiveRun::gate() { return state_->gate; }

bool LiveRun::finished() const {
  std::lock_guard<std::mutex> lock(state_->mutex);
  return state_->done;
}

int LiveRun::exit_code() const {
  std::lock_guard<std::mutex> lock(state_->mutex);
  return state_->code;
}

int LiveRun::leaked_runs() { return g_leaked.load(); }

}  // namespace ts::viz
