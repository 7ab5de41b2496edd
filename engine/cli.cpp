// The `tickscope` command line.
//
//   tickscope run FILE [ARGS...] [OPTIONS]   run a script as `node FILE ARGS...` does
//   tickscope --help | --version
//
// Run options are recognised before and after FILE (so that
// `tickscope run x.js --trace t.jsonl` works); any other argument after FILE
// goes to the script, and everything after `--` goes to the script as is.
#include "cli.hpp"

#include "grade/grade_command.hpp"
#include "lessons.hpp"

#include <uv.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

#include "child_trace.hpp"
#include "runtime.hpp"
#include "why_command.hpp"
#include "export_command.hpp"
#include "trace/chrome_trace_writer.hpp"
#include "trace/jsonl_writer.hpp"
#include "trace/kinds_doc.hpp"
#include "trace/trace_summary.hpp"
#include "version.hpp"

namespace ts::cli {
namespace {

// Every run option, once: the parser and --help both read this table.
struct OptionSpec {
  const char* name;
  const char* arg;  // nullptr for a flag
  const char* help;
};

const OptionSpec kRunOptions[] = {
    {"--trace", "FILE", "write every recorded event to FILE as JSON Lines (docs/trace-format.md)"},
    {"--chrome-trace", "FILE", "write a Chrome trace JSON file (opens in ui.perfetto.dev)"},
    {"--summary", nullptr, "print a summary of the run's events on stderr at the end"},
    {"--deterministic", nullptr,
     "virtual clock: timers fire in virtual time, same script -> same trace"},
    {"--timeout", "MS", "stop the script after MS milliseconds of wall clock (exit 124)"},
    {"--max-memory", "MB", "cap the JS heap at MB megabytes (exit 121)"},
    {"--max-events", "N", "stop after N recorded events (exit 122)"},
    {"--max-output", "BYTES", "stop after BYTES of stdout+stderr (exit 123)"},
};

void print_help() {
  std::printf(
      "tickscope %s: a small Node.js-compatible runtime (Duktape + libuv) that records\n"
      "every event-loop phase, callback and queue step.\n\n"
      "Usage:\n"
      "  tickscope run FILE [ARGS...] [OPTIONS]   run FILE as `node FILE ARGS...` would\n"
      "  tickscope grade SCRIPT --checks FILE     run headless and grade (docs/grading.md)\n"
      "  tickscope grade --lesson NN [ATTEMPT]    grade a lesson exercise\n"
      "  tickscope why SCRIPT|TRACE [NAME...]     why did callback NAME run when it did?\n"
      "  tickscope export TRACE --chrome-trace OUT  a trace and its children's as one Chrome trace\n"
      "  tickscope lessons                        list the lessons\n"
      "  tickscope events --markdown              the table of event kinds (docs/trace-format.md)\n"
      "  tickscope --help                         this text\n"
      "  tickscope --version                      versions of tickscope, Duktape and libuv\n\n"
      "Run options (before or after FILE; after `--` everything goes to the script):\n",
      kTickscopeVersion);
  for (const OptionSpec& o : kRunOptions) {
    std::string left = std::string(o.name) + (o.arg ? std::string(" ") + o.arg : "");
    std::printf("  %-22s %s\n", left.c_str(), o.help);
  }
  std::printf(
      "\nScripts are ES5 (what Duktape 2.7 runs); newer syntax is reported with its name.\n"
      "Exit codes: the script's own, 9 for a bad option, 124/121/122/123 for the limits.\n");
}

void print_version() {
  std::printf("tickscope %s (node-compatible %s, Duktape %s, libuv %s)\n", kTickscopeVersion,
              kNodeCompatVersion, duktape_version().c_str(), uv_version_string());
}

int bad_option(const std::string& message) {
  std::fprintf(stderr, "tickscope: %s\nRun 'tickscope --help' for the options.\n",
               message.c_str());
  return 9;  // as node does for a bad option
}

struct RunArgs {
  std::optional<std::string> file;
  std::vector<std::string> script_args;
  std::vector<std::string> exec_argv;
  std::string trace_file;
  std::string chrome_file;
  bool summary = false;
  bool deterministic = false;
  Limits limits;
};

// A whole number of at most 15 digits (strtoull alone would take "-5" as
// 2^64-5, and MB * 2^20 must not overflow).
bool parse_number(const std::string& text, uint64_t* out) {
  if (text.empty() || text.size() > 15) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  *out = std::strtoull(text.c_str(), nullptr, 10);
  return true;
}

// Applies option `name` (with `value` when it takes one). Returns an error
// message, or an empty string.
std::string apply_option(RunArgs& run, const std::string& name, const std::string& value) {
  uint64_t n = 0;
  if (name == "--trace") {
    run.trace_file = value;
  } else if (name == "--chrome-trace") {
    run.chrome_file = value;
  } else if (name == "--summary") {
    run.summary = true;
  } else if (name == "--deterministic") {
    run.deterministic = true;
  } else if (!parse_number(value, &n) || n == 0) {
    return "option " + name + " needs a positive whole number, got '" + value + "'";
  } else if (name == "--timeout") {
    run.limits.timeout_ms = n;
  } else if (name == "--max-memory") {
    run.limits.max_heap_bytes = n * 1024 * 1024;
  } else if (name == "--max-events") {
    run.limits.max_events = n;
  } else if (name == "--max-output") {
    run.limits.max_output_bytes = n;
  }
  return {};
}

const OptionSpec* find_option(const std::string& name) {
  for (const OptionSpec& o : kRunOptions) {
    if (name == o.name) return &o;
  }
  return nullptr;
}

// Parses argv[first..] of `run`. Returns an exit code on error.
std::optional<int> parse_run(const std::vector<std::string>& argv, size_t first, RunArgs& run) {
  for (size_t i = first; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (a == "--") {
      if (!run.file && i + 1 < argv.size()) run.file = argv[++i];
      for (++i; i < argv.size(); ++i) run.script_args.push_back(argv[i]);
      break;
    }
    std::string name = a;
    std::optional<std::string> inline_value;
    const size_t eq = a.find('=');
    if (a.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = a.substr(0, eq);
      inline_value = a.substr(eq + 1);
    }
    const OptionSpec* spec = a.size() > 1 && a[0] == '-' ? find_option(name) : nullptr;
    if (spec != nullptr) {
      std::string value;
      if (spec->arg != nullptr) {
        if (inline_value) {
          value = *inline_value;
        } else if (i + 1 < argv.size()) {
          value = argv[++i];
        } else {
          return bad_option(std::string("option ") + spec->name + " needs a value (" +
                            spec->arg + ")");
        }
      } else if (inline_value) {
        return bad_option(std::string("option ") + spec->name + " takes no value");
      }
      const std::string err = apply_option(run, spec->name, value);
      if (!err.empty()) return bad_option(err);
      run.exec_argv.push_back(spec->name);
      if (spec->arg != nullptr) run.exec_argv.push_back(value);
      continue;
    }
    if (!run.file) {
      if (a.size() > 1 && a[0] == '-') return bad_option("bad option: " + a);
      run.file = a;
    } else {
      run.script_args.push_back(a);
    }
  }
  return std::nullopt;
}

std::string exec_path(const std::string& argv0) {
  char buf[4096];
  size_t size = sizeof buf;
  if (uv_exepath(buf, &size) == 0) return std::string(buf, size);
  return argv0;
}

int run_command(const std::vector<std::string>& argv, size_t first) {
  RunArgs run;
  if (auto code = parse_run(argv, first, run)) return *code;
  if (!run.file) return bad_option("run: which script? Usage: tickscope run FILE [ARGS...]");

  // A child of a traced tickscope (TICKSCOPE_TRACE, engine/child_trace.hpp)
  // writes its own trace, named after its pid, unless told otherwise. The
  // variable is taken out of the environment (the script does not see it);
  // the runtime gives it to this process's own children again.
  std::string child_trace;
  if (const char* inherited = std::getenv(kChildTraceEnv)) {
    child_trace = inherited;
    const char* tag = std::getenv(kChildTraceTagEnv);
    const std::string child_tag = tag != nullptr ? tag : std::to_string(getpid());
    unsetenv(kChildTraceEnv);
    unsetenv(kChildTraceTagEnv);
    if (run.trace_file.empty() && !child_trace.empty()) {
      run.trace_file = child_trace_path(child_trace, child_tag);
    }
  }
  if (!run.trace_file.empty()) {
    child_trace = run.trace_file;
    if (child_trace[0] != '/') {
      char cwd_buf[4096];
      size_t cwd_size = sizeof cwd_buf;
      if (uv_cwd(cwd_buf, &cwd_size) == 0) child_trace = std::string(cwd_buf, cwd_size) + "/" + child_trace;
    }
  }

  RuntimeOptions options;
  options.child_trace = child_trace;
  options.exec_path = exec_path(argv[0]);
  options.args = run.script_args;
  options.exec_argv = run.exec_argv;
  options.trace = !run.trace_file.empty() || !run.chrome_file.empty() || run.summary;
  options.deterministic = run.deterministic;
  options.limits = run.limits;
  if (options.trace) options.trace_capacity = size_t{1} << 30;
  // --max-events stops the run at N events: the log keeps room for the
  // limit and exit events that follow.
  if (run.limits.max_events != 0) {
    options.trace = true;
    options.trace_capacity = run.limits.max_events + 64;
  }

  // The runtime is owned here but not destroyed when the run ends (see the
  // end of this function).
  auto owned_runtime = std::make_unique<Runtime>(options);
  Runtime& runtime = *owned_runtime;
  trace::TraceMeta meta;
  meta.tickscope_version = kTickscopeVersion;
  meta.duktape_version = duktape_version();
  meta.libuv_version = uv_version_string();
  meta.argv = argv;
  meta.clock = run.deterministic ? "virtual" : "monotonic";
  meta.script = *run.file;
  if (!run.deterministic) {
    meta.pid = getpid();
    meta.start_unix_ms = runtime.recorder().start_unix_ms();
  }
  std::unique_ptr<trace::JsonlWriter> writer;
  std::unique_ptr<trace::ChromeTraceWriter> chrome;
  std::unique_ptr<TraceSummary> summary;
  trace::MultiSink sinks;
  if (!run.trace_file.empty()) {
    writer = std::make_unique<trace::JsonlWriter>(run.trace_file, meta);
    if (!writer->ok()) {
      std::fprintf(stderr, "tickscope: cannot write the trace file %s: %s\n",
                   run.trace_file.c_str(), writer->error().c_str());
      return 1;
    }
    sinks.add(writer.get());
  }
  if (!run.chrome_file.empty()) {
    chrome = std::make_unique<trace::ChromeTraceWriter>(run.chrome_file, meta);
    if (!chrome->ok()) {
      std::fprintf(stderr, "tickscope: cannot write the Chrome trace file %s: %s\n",
                   run.chrome_file.c_str(), chrome->error().c_str());
      return 1;
    }
    sinks.add(chrome.get());
  }
  if (run.summary) {
    summary = std::make_unique<TraceSummary>();
    sinks.add(summary.get());
  }
  // Trace files are formatted and written on a thread of their own
  // (recorder.hpp; a summary alone is cheaper to count inline). The thread
  // must stop before the sinks are destroyed, whichever way this function
  // ends: the guard, declared after them, goes first.
  struct SinkThreadGuard {
    trace::Recorder& recorder;
    ~SinkThreadGuard() { recorder.set_sink(nullptr, false); }
  } sink_thread_guard{runtime.recorder()};
  const auto threading = writer || chrome ? trace::SinkThreading::Background
                                          : trace::SinkThreading::Inline;
  if (options.trace) runtime.recorder().set_sink(&sinks, true, threading);

  int code = runtime.run_main(*run.file);
  runtime.recorder().finish();
  // A trace that could not be written to the end (disk full, ...) is
  // reported, and a run that otherwise succeeded fails: nothing is lost silently.
  auto report_write_error = [&code](const char* what, const std::string& file,
                                    const std::string& error) {
    if (error.empty()) return;
    std::fprintf(stderr, "tickscope: the %s %s is incomplete: %s\n", what, file.c_str(),
                 error.c_str());
    if (code == 0) code = 1;
  };
  if (!runtime.recorder().sink_failure().empty()) {
    report_write_error("trace", run.trace_file.empty() ? run.chrome_file : run.trace_file,
                       runtime.recorder().sink_failure());
  }
  if (writer) report_write_error("trace file", run.trace_file, writer->error());
  if (chrome) report_write_error("Chrome trace file", run.chrome_file, chrome->error());
  if (summary) {
    const std::string text = summary->format(runtime.recorder().log().dropped());
    std::fputs(text.c_str(), stderr);
  }
  // Deliberately not destroyed: the process ends right after, the trace is
  // finished and stdout/stderr are written synchronously, so tearing down
  // the Duktape heap (a last mark-and-sweep, then a free per object) would
  // only give memory back to an exiting process; it was a sixth of an empty
  // script's run time. Node, likewise, does not dispose of V8 at exit.
  // Tests and the visualizer destroy their runtimes as usual.
  (void) owned_runtime.release();
  return code;
}

int lessons_command(const std::vector<std::string>& argv) {
  const std::string dir = find_lessons_dir(exec_path(argv[0]));
  if (dir.empty()) {
    std::fprintf(stderr, "tickscope: no lessons folder found (set TICKSCOPE_LESSONS)\n");
    return 1;
  }
  for (const LessonInfo& l : list_lessons(dir)) {
    std::printf("%s  %-34s %s\n", l.id.c_str(), l.slug.c_str(), l.title.c_str());
  }
  std::printf("\nRun one:    tickscope run %s/NN-slug/main.js\n"
              "Grade one:  tickscope grade --lesson NN [your-attempt.js | your-prediction.txt]\n",
              dir.c_str());
  return 0;
}

}  // namespace

int main(const std::vector<std::string>& argv) {
  if (argv.size() < 2) {
    print_help();
    return 0;
  }
  const std::string& cmd = argv[1];
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    print_help();
    return 0;
  }
  if (cmd == "-v" || cmd == "--version" || cmd == "version") {
    print_version();
    return 0;
  }
  if (cmd == "run") return run_command(argv, 2);
  if (cmd == "grade") return grade::grade_main(argv, 2);
  if (cmd == "lessons") return lessons_command(argv);
  if (cmd == "why") return why_main(argv, 2);
  if (cmd == "export") return export_main(argv, 2);
  if (cmd == "events") {
    std::fputs(trace::kinds_markdown().c_str(), stdout);
    return 0;
  }
  if (cmd.size() > 1 && cmd[0] == '-') return bad_option("bad option: " + cmd);
  return bad_option("unknown command '" + cmd + "' (did you mean 'tickscope run " + cmd + "'?)");
}

}  // namespace ts::cli
