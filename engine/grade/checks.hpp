// Checks: what a teacher asserts about a run, in a small line-based language
// (docs/grading.md), parsed from a checks file and evaluated against the
// run's stdout and its trace.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "trace/trace_index.hpp"

namespace ts::grade {

// A printed line ("text": the first line containing it) or a callback
// (callback NAME: the first run of the function called NAME).
struct Subject {
  bool is_callback = false;
  std::string text;
};

struct Check {
  enum class Type {
    OutputIs, OutputHasLines, OutputContains, ExitCode, Before, InPlace, SameIteration,
    LaterIteration, NextIteration, ScheduledBy, Count, ModuleResolved, ModuleNotFound,
    ModuleTried, WithinLimits
  };
  Type type = Type::OutputIs;
  std::string source;  // the check as written, its name in the report
  int line = 0;        // in the checks file
  Subject a;
  Subject b;
  std::string phase;   // "" = any
  int iteration = -1;  // -1 = any
  std::string kind;
  std::string field;       // Count with "with FIELD VALUE": only events whose FIELD is VALUE
  std::string value;
  std::string comparison;  // "at least", "at most", "exactly"
  long long n = 0;
  std::vector<std::string> lines;
  std::string text;
};

// Parses a checks file's text; `dir` resolves "output file:" paths. Errors
// (with line numbers) go to *errors; the checks that parsed are returned.
std::vector<Check> parse_checks(const std::string& text, const std::string& dir,
                                std::vector<std::string>* errors);

struct Outcome {
  bool pass = false;
  std::string reason;  // one line, from the trace; also given when it passed
};

struct RunFacts {
  std::string stdout_text;
  std::string script_dir;
  const trace::TraceIndex* index = nullptr;
  // Events counted by kind and string/boolean field value, for "with FIELD
  // VALUE" checks: key kind + '\0' + field + '\0' + value (field_count_key).
  const std::unordered_map<std::string, uint64_t>* field_counts = nullptr;
};

std::string field_count_key(std::string_view kind, std::string_view field, std::string_view value);

Outcome evaluate(const Check& check, const RunFacts& run);

}  // namespace ts::grade
