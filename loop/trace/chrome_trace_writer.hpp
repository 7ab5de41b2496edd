// ChromeTraceWriter: the --chrome-trace file, in the Chrome trace event
// format (JSON object form), which ui.perfetto.dev and chrome://tracing open.
//
// What becomes what (docs/trace-format.md, "Chrome trace"):
//   thread "event loop" (tid 1): loop iterations, their phases, the main
//     script, callbacks, checkpoint drains and module loads, as complete
//     ("X") slices, strictly nested;
//   threads "threadpool #N" (tid 10+N): the work each pool request did;
//   flow arrows: from where a callback was scheduled (setTimeout,
//     setImmediate, nextTick, a promise settling, an fs call) to the
//     callback;
//   async slices: each timer from insert to fire (or clear), each fs request
//     from queue to callback;
//   counters: queued nextTicks, microtasks, immediates, active timers, pool
//     requests in flight, bytes used in the current Buffer slab, external (Buffer) memory;
//   instants: console writes, warnings, uncaught errors, limits;
//   processes: one (pid 1), or a run and its children's traces merged by
//     `tickscope export`, with IPC messages as arrows between them.
// It streams: events are written as the recorder hands them over, so memory
// stays flat whatever the run's length.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "trace/jsonl_writer.hpp"

namespace ts::trace {

class ChromeTraceWriter : public Sink {
 public:
  ChromeTraceWriter(const std::string& path, const TraceMeta& meta);
  ~ChromeTraceWriter() override;
  ChromeTraceWriter(const ChromeTraceWriter&) = delete;
  ChromeTraceWriter& operator=(const ChromeTraceWriter&) = delete;

  bool ok() const { return fd_ >= 0; }
  const std::string& error() const { return error_; }

  void write(const EventLog& log, const StringTable& strings, size_t from, size_t to) override;
  void finish() override;

  // Several processes in one file (`tickscope export`, a run and the traces
  // of its children): the events written from now on belong to process `pid`,
  // shown as `name`, with their times shifted by offset_ns onto the first
  // process's clock and their flow and async ids by id_base (ids are per
  // process).
  void begin_process(int pid, const std::string& name, uint64_t offset_ns, uint64_t id_base);
  // An arrow between two processes, at the event with sequence number seq of
  // the process written next: 's' where a message leaves, 'f' where it
  // arrives (both sides use the same flow_id).
  void add_cross_flow(uint64_t seq, char ph, uint64_t flow_id);

 private:
  struct Open {  // a slice begun and not yet ended
    uint64_t t;
    std::string name;
    const char* cat;
  };

  void on_event(const Event& e, const StringTable& strings);
  void begin(uint64_t t, std::string name, const char* cat);
  void end(uint64_t t);
  void complete(uint64_t ts, uint64_t dur, int tid, const std::string& name, const char* cat,
                const std::string& args_json);
  void instant(uint64_t t, const std::string& name, const char* cat, const std::string& args_json);
  void flow(char ph, uint64_t t, uint32_t id);
  void async(char ph, uint64_t t, uint32_t id, const std::string& name, const char* cat);
  void counter(uint64_t t, const char* name, int64_t value);
  void thread_name(int tid, const std::string& name);
  void process_name(const std::string& name);
  void pid_field();
  void cross_flow(char ph, uint64_t t, uint64_t flow_id);
  void append_ts(uint64_t ns);
  void start_event();
  void flush_buffer(bool force);

  int fd_ = -1;
  std::string error_;
  std::string buf_;
  bool first_ = true;
  bool finished_ = false;
  std::vector<Open> stack_;
  std::vector<bool> pool_threads_named_;
  // Counters, tracked from the events.
  int64_t ticks_ = 0;
  int64_t microtasks_ = 0;
  int64_t immediates_ = 0;
  int64_t timers_ = 0;
  int64_t slab_size_ = 0;  // the current Buffer slab's size
  // Several processes (begin_process).
  int pid_ = 1;
  uint64_t offset_ns_ = 0;
  uint64_t id_base_ = 0;
  struct CrossFlow {
    char ph;
    uint64_t id;
  };
  std::unordered_map<uint64_t, CrossFlow> cross_flows_;  // by event seq
  std::unordered_map<uint32_t, std::string> open_timers_;  // id -> name
  std::unordered_map<uint32_t, std::string> open_requests_;
  uint64_t last_t_ = 0;
};

}  // namespace ts::trace
