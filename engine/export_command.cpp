// `tickscope export TRACE.jsonl --chrome-trace OUT.json`
//
// Reads a --trace file and, following its child.trace events, the trace of
// every process it started (and theirs), and writes them as one Chrome trace:
// each process its own row group (pid 1, 2, ... named after the script and
// its real pid), on one time line (start_unix_ms, refined by the messages:
// child_clock_shift), with every IPC message an arrow from the ipc.send in
// one process to the ipc.recv in the other.
//
// HOW messages are paired: docs/trace-format.md ("Children"). In the parent,
// child.trace names the IPC channel's handle id; in the child, the channel to
// its parent is the one whose ipc events are not on a channel to a child of
// its own. Both sides see the same messages in the same order, so the k-th
// ipc.send on one side is the k-th ipc.recv on the other.
#include "export_command.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <set>

#include "trace/chrome_trace_writer.hpp"
#include "trace/jsonl_reader.hpp"

namespace ts {
namespace {

struct Process {
  std::string file;
  trace::TraceMeta meta;
  std::unique_ptr<trace::EventLog> log;
  trace::StringTable strings;
  int parent = -1;             // index of the process that started it
  uint32_t parent_channel = 0;  // the channel's handle id in the parent
};

int usage(const std::string& problem) {
  if (!problem.empty()) std::fprintf(stderr, "tickscope export: %s\n", problem.c_str());
  std::fprintf(stderr, "usage: tickscope export TRACE.jsonl --chrome-trace OUT.json\n");
  return 2;
}

bool load(Process& p, std::string* error) {
  trace::JsonlReader reader(p.file);
  if (!reader.ok()) {
    *error = p.file + ": " + reader.error();
    return false;
  }
  reader.read_meta(&p.meta);
  p.log = std::make_unique<trace::EventLog>(size_t{1} << 26);
  reader.read_events(*p.log, p.strings);
  return true;
}

struct Message {  // one side of an IPC message
  uint64_t seq;
  uint64_t t;
};

// The ipc.send (sends) and ipc.recv (recvs) events on channel `id`.
void messages_on(const trace::EventLog& log, uint32_t id, std::vector<Message>* sends,
                 std::vector<Message>* recvs) {
  for (size_t i = log.first(); i < log.size(); ++i) {
    const trace::Event& e = log[i];
    if (e.id != id) continue;
    if (e.kind == trace::EventKind::IpcSend) sends->push_back({e.seq, e.t});
    if (e.kind == trace::EventKind::IpcRecv) recvs->push_back({e.seq, e.t});
  }
}

// How far the child's clock is behind its parent's, in ns: the difference of
// the two start_unix_ms to begin with (ms precision, and read a little after
// each clock's zero), then moved as little as needed so that no message
// arrives before it was sent: each parent->child message says the shift is
// at least (sent - received), each child->parent one that it is at most
// (received - sent).
int64_t child_clock_shift(int64_t guess, const std::vector<Message>& down_sent,
                          const std::vector<Message>& down_received,
                          const std::vector<Message>& up_sent,
                          const std::vector<Message>& up_received) {
  int64_t lo = INT64_MIN;
  int64_t hi = INT64_MAX;
  for (size_t k = 0; k < down_sent.size() && k < down_received.size(); ++k) {
    lo = std::max(lo, static_cast<int64_t>(down_sent[k].t) - static_cast<int64_t>(down_received[k].t));
  }
  for (size_t k = 0; k < up_sent.size() && k < up_received.size(); ++k) {
    hi = std::min(hi, static_cast<int64_t>(up_received[k].t) - static_cast<int64_t>(up_sent[k].t));
  }
  if (lo != INT64_MIN && hi != INT64_MAX && lo > hi) return lo / 2 + hi / 2;  // clocks disagree
  return std::clamp(guess, lo, hi);
}

// The handle id of a child process's channel to its parent (0: none).
uint32_t channel_to_parent(const trace::EventLog& log) {
  std::set<uint32_t> to_children;
  for (size_t i = log.first(); i < log.size(); ++i) {
    const trace::Event& e = log[i];
    if (e.kind == trace::EventKind::ChildTrace && e.arg[2] != 0) {
      to_children.insert(static_cast<uint32_t>(e.arg[2]));
    }
  }
  for (size_t i = log.first(); i < log.size(); ++i) {
    const trace::Event& e = log[i];
    if ((e.kind == trace::EventKind::IpcSend || e.kind == trace::EventKind::IpcRecv) &&
        to_children.count(e.id) == 0) {
      return e.id;
    }
  }
  return 0;
}

std::string process_label(const Process& p) {
  std::string name = "tickscope " + p.meta.script;
  if (p.meta.pid != 0) name += " (pid " + std::to_string(p.meta.pid) + ")";
  return name;
}

}  // namespace

int export_main(const std::vector<std::string>& argv, size_t first) {
  std::string input;
  std::string output;
  for (size_t i = first; i < argv.size(); ++i) {
    if (argv[i] == "--chrome-trace" && i + 1 < argv.size()) {
      output = argv[++i];
    } else if (argv[i] == "-h" || argv[i] == "--help") {
      return usage("");
    } else if (input.empty() && argv[i][0] != '-') {
      input = argv[i];
    } else {
      return usage("unexpected " + argv[i]);
    }
  }
  if (input.empty() || output.empty()) return usage("a trace and --chrome-trace OUT are needed");

  // The process tree, breadth first from the trace given.
  std::vector<std::unique_ptr<Process>> procs;
  procs.push_back(std::make_unique<Process>());
  procs[0]->file = input;
  std::string error;
  if (!load(*procs[0], &error)) {
    std::fprintf(stderr, "tickscope export: cannot read %s\n", error.c_str());
    return 1;
  }
  size_t missing = 0;
  for (size_t p = 0; p < procs.size(); ++p) {
    const trace::EventLog& log = *procs[p]->log;
    for (size_t i = log.first(); i < log.size(); ++i) {
      const trace::Event& e = log[i];
      if (e.kind != trace::EventKind::ChildTrace) continue;
      auto child = std::make_unique<Process>();
      child->file = std::string(procs[p]->strings.get(static_cast<uint32_t>(e.arg[1])));
      child->parent = static_cast<int>(p);
      child->parent_channel = static_cast<uint32_t>(e.arg[2]);
      if (load(*child, &error)) {
        procs.push_back(std::move(child));
      } else {
        std::fprintf(stderr, "tickscope export: skipping a child's trace: %s\n", error.c_str());
        ++missing;
      }
    }
  }

  trace::ChromeTraceWriter writer(output, procs[0]->meta);
  if (!writer.ok()) {
    std::fprintf(stderr, "tickscope export: cannot write %s: %s\n", output.c_str(),
                 writer.error().c_str());
    return 1;
  }
  // Pair the messages of each parent-child channel, and put each child's
  // clock on its parent's (children come after their parents in procs).
  std::vector<std::vector<std::pair<uint64_t, std::pair<char, uint64_t>>>> flows(procs.size());
  std::vector<int64_t> offset(procs.size(), 0);
  uint64_t next_flow = uint64_t{1} << 48;  // above any process's own ids
  size_t linked = 0;
  for (size_t c = 1; c < procs.size(); ++c) {
    Process& child = *procs[c];
    const auto parent = static_cast<size_t>(child.parent);
    const int64_t p_start = procs[parent]->meta.start_unix_ms;
    const int64_t c_start = child.meta.start_unix_ms;
    int64_t shift = (p_start > 0 && c_start > 0) ? (c_start - p_start) * 1'000'000 : 0;
    if (child.parent_channel != 0) {
      std::vector<Message> parent_sends, parent_recvs, child_sends, child_recvs;
      messages_on(*procs[parent]->log, child.parent_channel, &parent_sends, &parent_recvs);
      messages_on(*child.log, channel_to_parent(*child.log), &child_sends, &child_recvs);
      shift = child_clock_shift(shift, parent_sends, child_recvs, child_sends, parent_recvs);
      auto pair_up = [&](const std::vector<Message>& sends, size_t from,
                         const std::vector<Message>& recvs, size_t to) {
        for (size_t k = 0; k < sends.size() && k < recvs.size(); ++k) {
          flows[from].push_back({sends[k].seq, {'s', next_flow}});
          flows[to].push_back({recvs[k].seq, {'f', next_flow}});
          ++next_flow;
          ++linked;
        }
      };
      pair_up(parent_sends, parent, child_recvs, c);
      pair_up(child_sends, c, parent_recvs, parent);
    }
    offset[c] = offset[parent] + shift;
  }

  for (size_t p = 0; p < procs.size(); ++p) {
    const Process& proc = *procs[p];
    if (p > 0) {
      writer.begin_process(static_cast<int>(p) + 1, process_label(proc),
                           static_cast<uint64_t>(std::max<int64_t>(offset[p], 0)),
                           static_cast<uint64_t>(p) << 32);
    }
    for (const auto& [seq, flow] : flows[p]) writer.add_cross_flow(seq, flow.first, flow.second);
    writer.write(*proc.log, proc.strings, proc.log->first(), proc.log->size());
  }
  writer.finish();
  if (!writer.error().empty()) {
    std::fprintf(stderr, "tickscope export: %s is incomplete: %s\n", output.c_str(),
                 writer.error().c_str());
    return 1;
  }
  std::printf("wrote %s: %zu process%s, %zu IPC message%s linked%s\n", output.c_str(),
              procs.size(), procs.size() == 1 ? "" : "es", linked, linked == 1 ? "" : "s",
              missing > 0 ? (", " + std::to_string(missing) + " child trace(s) missing").c_str()
                          : "");
  return missing > 0 ? 1 : 0;
}

}  // namespace ts
