// tickscope grade SCRIPT --checks CHECKS [options]
// tickscope grade SCRIPT --predict PREDICTION [options]
// tickscope grade --lesson NN [ATTEMPT]
//
// The script runs in-process, headless, with tracing on (in memory) and, by
// default, in deterministic mode, so a grade never depends on the machine's
// timing. Each check becomes one TAP line whose comment is the evidence from
// the trace; a run stopped by a limit is a failed check, not a crash.
#include "grade/grade_command.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "grade/checks.hpp"
#include "grade/report.hpp"
#include "lessons.hpp"
#include "runtime.hpp"
#include "trace/jsonl_writer.hpp"

namespace ts::grade {
namespace {

namespace fs = std::filesystem;

int usage(const std::string& why) {
  std::fprintf(stderr,
               "tickscope grade: %s\n"
               "usage: tickscope grade SCRIPT --checks CHECKS [--junit FILE] [--real-time]\n"
               "       tickscope grade SCRIPT --predict PREDICTION\n"
               "       tickscope grade --lesson NN [ATTEMPT.js | PREDICTION.txt]\n"
               "Options: --timeout MS (default 10000), --max-memory MB, --max-events N,\n"
               "         --max-output BYTES, --junit FILE, --real-time (no virtual clock)\n",
               why.c_str());
  return 2;
}

bool read_text(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(line);
  }
  return out;
}

struct GradedRun {
  int code = 0;
  std::string out;
  std::string err;
  trace::TraceIndex index;
  std::unordered_map<std::string, uint64_t> field_counts;  // see RunFacts
};

// Counts events by kind and the value of each string or boolean field.
std::unordered_map<std::string, uint64_t> count_field_values(const trace::EventLog& log,
                                                             const trace::StringTable& strings) {
  std::unordered_map<std::string, uint64_t> counts;
  for (size_t i = log.first(); i < log.size(); ++i) {
    const trace::Event& e = log[i];
    const trace::KindInfo& info = trace::kind_info(e.kind);
    for (size_t f = 0; f < info.field_count; ++f) {
      const trace::FieldType type = info.fields[f].type;
      if (type != trace::FieldType::S && type != trace::FieldType::B) continue;
      const std::string_view value =
          type == trace::FieldType::S ? strings.get(static_cast<uint32_t>(e.arg[f]))
                                      : (e.arg[f] != 0 ? "true" : "false");
      ++counts[field_count_key(info.name, info.fields[f].name, value)];
    }
  }
  return counts;
}

GradedRun run_script(const std::string& script, const RuntimeOptions& base) {
  GradedRun run;
  RuntimeOptions options = base;
  options.trace = true;
  options.output = [&run](int fd, std::string_view b) {
    (fd == 2 ? run.err : run.out).append(b.data(), b.size());
  };
  Runtime rt(options);
  run.code = rt.run_main(script);
  run.index = trace::TraceIndex::build(rt.recorder().log(), rt.recorder().strings());
  run.field_counts = count_field_values(rt.recorder().log(), rt.recorder().strings());
  return run;
}

// Prediction grading: one result per printed line.
std::vector<Result> grade_prediction(const GradedRun& run, const std::string& prediction) {
  std::vector<Result> results;
  const std::vector<std::string> predicted = lines_of(prediction);
  const std::vector<trace::OutputLine>& lines = run.index.lines();
  std::vector<const trace::OutputLine*> out;
  for (const trace::OutputLine& l : lines) {
    if (l.stream == 1) out.push_back(&l);
  }
  // A line is right when it keeps its place in the order: the printed lines
  // and the predicted ones are aligned on their longest common subsequence,
  // so one line put too early is one mistake, not every line after it too.
  const size_t n = out.size();
  const size_t m = predicted.size();
  std::vector<std::vector<uint16_t>> lcs(n + 1, std::vector<uint16_t>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      lcs[i][j] = out[i]->text == predicted[j] ? static_cast<uint16_t>(lcs[i + 1][j + 1] + 1)
                                               : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<bool> in_order(n, false);
  for (size_t i = 0, j = 0; i < n && j < m;) {
    if (out[i]->text == predicted[j] && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
      in_order[i++] = true;
      ++j;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  for (size_t i = 0; i < out.size(); ++i) {
    Result r;
    r.name = "line " + std::to_string(i + 1) + " is '" + out[i]->text + "'";
    r.pass = in_order[i];
    const trace::CallbackInfo* cb = run.index.callback(out[i]->callback);
    const std::string kind = cb != nullptr ? cb->kind : "";
    std::string place = "it printed " + trace::describe_place(out[i]->phase, out[i]->iter, kind);
    if (cb != nullptr) place += ": " + trace::explain_rule(*cb);
    if (r.pass) {
      r.reason = place;
    } else {
      size_t yours = predicted.size();
      for (size_t j = 0; j < predicted.size(); ++j) {
        if (predicted[j] == out[i]->text) yours = j;
      }
      r.reason = (yours < predicted.size() ? "you put it on line " + std::to_string(yours + 1)
                                           : std::string("it is not in your prediction")) +
                 "; " + place;
    }
    results.push_back(std::move(r));
  }
  if (predicted.size() > out.size()) {
    Result r;
    r.name = "no more lines";
    r.reason = "your prediction has " + std::to_string(predicted.size()) + " lines, the script " +
               "printed " + std::to_string(out.size());
    results.push_back(std::move(r));
  }
  return results;
}

}  // namespace

int grade_main(const std::vector<std::string>& argv, size_t first) {
  std::string script;
  std::string checks_path;
  std::string predict_path;
  std::string lesson_key;
  std::string junit_path;
  RuntimeOptions options;
  options.exec_path = argv[0];
  options.deterministic = true;
  options.limits.timeout_ms = 10'000;
  options.limits.max_output_bytes = 1 << 20;
  options.trace_capacity = 8'000'000;
  for (size_t i = first; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    auto value = [&](const char* name) -> std::string {
      if (i + 1 >= argv.size()) {
        usage(std::string(name) + " needs a value");
        std::exit(2);
      }
      return argv[++i];
    };
    auto number = [&](const char* name) -> uint64_t {
      const std::string v = value(name);
      char* end = nullptr;
      const unsigned long long n = std::strtoull(v.c_str(), &end, 10);
      if (*end != '\0' || n == 0) {
        usage(std::string(name) + " needs a positive number");
        std::exit(2);
      }
      return n;
    };
    if (a == "--checks") {
      checks_path = value("--checks");
    } else if (a == "--predict") {
      predict_path = value("--predict");
    } else if (a == "--lesson") {
      lesson_key = value("--lesson");
    } else if (a == "--junit") {
      junit_path = value("--junit");
    } else if (a == "--real-time") {
      options.deterministic = false;
    } else if (a == "--timeout") {
      options.limits.timeout_ms = number("--timeout");
    } else if (a == "--max-memory") {
      options.limits.max_heap_bytes = number("--max-memory") << 20;
    } else if (a == "--max-events") {
      options.limits.max_events = number("--max-events");
      options.trace_capacity = options.limits.max_events + 64;
    } else if (a == "--max-output") {
      options.limits.max_output_bytes = number("--max-output");
    } else if (!a.empty() && a[0] == '-') {
      return usage("bad option: " + a);
    } else if (script.empty()) {
      script = a;
    } else {
      return usage("one script at a time: '" + a + "'");
    }
  }

  std::string suite = script;
  if (!lesson_key.empty()) {
    const std::string dir = find_lessons_dir(argv[0]);
    LessonInfo lesson;
    if (dir.empty() || !find_lesson(dir, lesson_key, &lesson)) {
      return usage("no lesson '" + lesson_key + "' (tickscope lessons lists them)");
    }
    suite = "lesson " + lesson.id + "-" + lesson.slug;
    const std::string attempt = script;
    const bool is_script = !attempt.empty() && attempt.size() > 3 &&
                           attempt.compare(attempt.size() - 3, 3, ".js") == 0;
    if (attempt.empty()) {
      script = lesson.dir + "/main.js";
      checks_path = lesson.dir + "/checks.txt";
    } else if (is_script) {
      // A "fix the script" exercise: the attempt against the hidden checks.
      checks_path = fs::exists(lesson.dir + "/exercise.checks") ? lesson.dir + "/exercise.checks"
                                                                : lesson.dir + "/checks.txt";
    } else {
      // A "predict the output" exercise: the lesson's script against the
      // learner's prediction.
      predict_path = attempt;
      script = lesson.dir + "/main.js";
    }
  }
  if (script.empty()) return usage("which script?");
  if (checks_path.empty() && predict_path.empty()) return usage("give --checks or --predict");

  std::vector<Result> results;
  std::vector<Check> checks;
  if (!checks_path.empty()) {
    std::string text;
    if (!read_text(checks_path, &text)) return usage("cannot read " + checks_path);
    std::vector<std::string> errors;
    checks = parse_checks(text, fs::path(checks_path).parent_path().string(), &errors);
    for (const std::string& e : errors) {
      std::fprintf(stderr, "%s: %s\n", checks_path.c_str(), e.c_str());
    }
    if (!errors.empty()) return 2;
  }
  std::string prediction;
  if (!predict_path.empty() && !read_text(predict_path, &prediction)) {
    return usage("cannot read " + predict_path);
  }

  const std::string abs_script = fs::absolute(script).string();
  const GradedRun run = run_script(abs_script, options);
  RunFacts facts;
  facts.stdout_text = run.out;
  facts.script_dir = fs::path(abs_script).parent_path().string();
  facts.index = &run.index;
  facts.field_counts = &run.field_counts;

  for (const Check& c : checks) {
    const Outcome o = evaluate(c, facts);
    results.push_back(Result{c.source, o.pass, o.reason});
  }
  if (!predict_path.empty()) {
    for (Result& r : grade_prediction(run, prediction)) results.push_back(std::move(r));
  }
  // A run stopped by a limit fails, with the limit as the reason.
  Result limits{"the script finishes within its limits", run.index.limit().empty(),
                run.index.limit().empty() ? "no limit was hit" : "stopped: " + run.index.limit()};
  results.push_back(std::move(limits));

  std::fputs(format_tap(results).c_str(), stdout);
  if (!junit_path.empty()) {
    std::ofstream junit(junit_path, std::ios::binary);
    junit << format_junit(suite, results);
    if (!junit) std::fprintf(stderr, "tickscope grade: cannot write %s\n", junit_path.c_str());
  }
  for (const Result& r : results) {
    if (!r.pass) return 1;
  }
  return 0;
}

}  // namespace ts::grade
