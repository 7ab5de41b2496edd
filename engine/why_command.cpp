// `tickscope why`: the visualizer's "Why now?" panel as text.
//
//   tickscope why SCRIPT.js  [NAME|#ID ...] [--deterministic] [-- ARGS...]
//   tickscope why TRACE.jsonl [NAME|#ID ...]
//
// A script is run here and now (its output comes first); a trace file is
// read back. For each callback named (the function's name, or #ID: its id in
// the trace) every run is explained: when it ran, who scheduled it, where it
// waited and for how long, and the rule of Node's loop that released it, with
// the Node source of that rule (viz/model/why.cpp, the same code the panel
// uses). Without a name it lists the callbacks that ran, to pick from.
#include "why_command.hpp"

#include <cstdio>
#include <map>
#include <memory>

#include "model/trace_model.hpp"
#include "model/why.hpp"
#include "runtime.hpp"
#include "trace/jsonl_reader.hpp"

namespace ts {
namespace {

constexpr size_t kRunsShown = 5;  // runs explained per name

int usage(const std::string& problem) {
  if (!problem.empty()) std::fprintf(stderr, "tickscope why: %s\n", problem.c_str());
  std::fprintf(stderr,
               "usage: tickscope why SCRIPT.js|TRACE.jsonl [NAME|#ID ...] [--deterministic] "
               "[-- SCRIPT ARGS...]\n");
  return 2;
}

bool ends_with(const std::string& s, const char* tail) {
  const std::string t(tail);
  return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}

void print_explanation(const viz::Explanation& ex) {
  std::printf("%s\n", ex.title.c_str());
  size_t width = 0;
  for (const viz::WhyLine& l : ex.lines) width = std::max(width, l.label.size());
  for (const viz::WhyLine& l : ex.lines) {
    std::printf("  %-*s  %s\n", static_cast<int>(width), l.label.c_str(), l.text.c_str());
  }
  if (!ex.rule.empty()) std::printf("  rule: %s\n", ex.rule.c_str());
  if (!ex.node_source.empty()) {
    std::printf("  Node: %s%s%s\n", ex.node_source.c_str(), ex.node_url.empty() ? "" : "  ",
                ex.node_url.c_str());
  }
  if (!ex.mirror.empty()) std::printf("  tickscope: %s\n", ex.mirror.c_str());
}

// The callback spans that match `name` (a function name, or "#ID").
std::vector<uint32_t> find_callbacks(const viz::TraceModel& model,
                                     const trace::StringTable& strings,
                                     const std::string& name) {
  std::vector<uint32_t> found;
  if (name.size() > 1 && name[0] == '#') {
    const auto id = static_cast<uint32_t>(std::strtoul(name.c_str() + 1, nullptr, 10));
    for (uint32_t s : model.callbacks_of(id)) found.push_back(s);
    return found;
  }
  const auto& spans = model.spans();
  for (uint32_t i = 0; i < spans.size(); ++i) {
    if (spans[i].kind == viz::SpanKind::Callback && model.callback_name(spans[i], strings) == name) {
      found.push_back(i);
    }
  }
  return found;
}

// Without names: the callbacks that ran, by name, with how many times and
// where the first run was.
void list_callbacks(const viz::TraceModel& model, const trace::StringTable& strings,
                    const std::string& target) {
  struct Seen {
    size_t runs = 0;
    uint32_t first = 0;
  };
  std::map<std::string, Seen> by_name;
  std::vector<std::string> order;
  const auto& spans = model.spans();
  for (uint32_t i = 0; i < spans.size(); ++i) {
    if (spans[i].kind != viz::SpanKind::Callback) continue;
    const std::string name = model.callback_name(spans[i], strings);
    Seen& seen = by_name[name];
    if (seen.runs++ == 0) {
      seen.first = i;
      order.push_back(name);
    }
  }
  if (order.empty()) {
    std::printf("No callbacks ran (only the main script).\n");
    return;
  }
  std::printf("Callbacks that ran (first run shown):\n");
  for (const std::string& name : order) {
    const Seen& seen = by_name[name];
    const viz::Span& s = spans[seen.first];
    const std::string runs = seen.runs > 1 ? " (" + std::to_string(seen.runs) + " runs)" : "";
    std::printf("  %-28s %-17s #%-5u %s%s\n", name.c_str(), viz::callback_kind_name(s.callback),
                s.id, std::string(trace::phase_name(s.phase)).c_str(), runs.c_str());
  }
  std::printf("\nAsk about one: tickscope why %s NAME   (or #ID)\n", target.c_str());
}

}  // namespace

int why_main(const std::vector<std::string>& argv, size_t first) {
  std::string target;
  std::vector<std::string> names;
  std::vector<std::string> script_args;
  bool deterministic = false;
  for (size_t i = first; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (a == "--") {
      script_args.assign(argv.begin() + static_cast<long>(i) + 1, argv.end());
      break;
    }
    if (a == "--deterministic") {
      deterministic = true;
    } else if (a == "-h" || a == "--help") {
      return usage("");
    } else if (!a.empty() && a[0] == '-' && a.size() > 1) {
      return usage("unknown option " + a);
    } else if (target.empty()) {
      target = a;
    } else {
      names.push_back(a);
    }
  }
  if (target.empty()) return usage("which script or trace?");

  // The log and its strings: read from the trace file, or recorded by a run.
  std::unique_ptr<trace::EventLog> file_log;
  trace::StringTable file_strings;
  std::unique_ptr<Runtime> runtime;
  const trace::EventLog* log = nullptr;
  const trace::StringTable* strings = nullptr;
  if (ends_with(target, ".jsonl")) {
    trace::JsonlReader reader(target);
    if (!reader.ok()) {
      std::fprintf(stderr, "tickscope why: cannot read %s: %s\n", target.c_str(),
                   reader.error().c_str());
      return 2;
    }
    trace::TraceMeta meta;
    reader.read_meta(&meta);
    file_log = std::make_unique<trace::EventLog>(size_t{1} << 26);
    reader.read_events(*file_log, file_strings);
    log = file_log.get();
    strings = &file_strings;
  } else {
    RuntimeOptions options;
    options.exec_path = argv[0];
    options.args = script_args;
    options.trace = true;
    options.deterministic = deterministic;
    options.trace_capacity = size_t{1} << 24;
    runtime = std::make_unique<Runtime>(options);
    runtime->run_main(target);
    std::fflush(stdout);
    log = &runtime->recorder().log();
    strings = &runtime->recorder().strings();
    std::printf("\n");
  }

  viz::TraceModel model;
  model.ingest(*log, *strings);
  if (names.empty()) {
    list_callbacks(model, *strings, target);
    return 0;
  }
  int code = 0;
  for (const std::string& name : names) {
    const std::vector<uint32_t> runs = find_callbacks(model, *strings, name);
    if (runs.empty()) {
      std::printf("No callback named %s ran. Run 'tickscope why %s' to list those that did.\n\n",
                  name.c_str(), target.c_str());
      code = 1;
      continue;
    }
    for (size_t i = 0; i < runs.size() && i < kRunsShown; ++i) {
      if (runs.size() > 1) std::printf("[run %zu of %zu] ", i + 1, runs.size());
      print_explanation(viz::explain_callback(model, *log, *strings, runs[i]));
      std::printf("\n");
    }
    if (runs.size() > kRunsShown) {
      std::printf("... and %zu more runs of %s.\n\n", runs.size() - kRunsShown, name.c_str());
    }
  }
  return code;
}

}  // namespace ts
