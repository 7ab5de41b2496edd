#include "grade/checks.hpp"

#include <fstream>
#include <sstream>

namespace ts::grade {
namespace {

using trace::CallbackInfo;
using trace::OutputLine;
using trace::Phase;

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

bool starts_with(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

// Reads a subject at the start of `s`; returns the rest, or nullopt-ish via ok.
bool read_subject(std::string& s, Subject* out) {
  s = trim(s);
  if (starts_with(s, "\"")) {
    const size_t close = s.find('"', 1);
    if (close == std::string::npos) return false;
    out->is_callback = false;
    out->text = s.substr(1, close - 1);
    s = trim(s.substr(close + 1));
    return true;
  }
  if (starts_with(s, "callback ")) {
    std::string rest = trim(s.substr(9));
    size_t end = rest.find_first_of(" \t");
    out->is_callback = true;
    out->text = rest.substr(0, end);
    s = end == std::string::npos ? std::string() : trim(rest.substr(end));
    return true;
  }
  return false;
}

bool parse_int(const std::string& s, long long* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  *out = std::strtoll(s.c_str(), &end, 10);
  return *end == '\0';
}

// "at least 3 events of kind buffer.pool.take", "no event of kind fs.sync"
bool parse_count(const std::string& s, Check* c) {
  std::string rest;
  if (starts_with(s, "no event of kind ") || starts_with(s, "no events of kind ")) {
    // The same as "exactly 0 events of kind ...".
    return parse_count("exactly 0 events of kind " + s.substr(s.find("kind ") + 5), c);
  }
  for (const char* cmp : {"at least ", "at most ", "exactly "}) {
    if (!starts_with(s, cmp)) continue;
    c->comparison = trim(cmp);
    rest = s.substr(std::string(cmp).size());
    std::istringstream in(rest);
    std::string number, events, of, kind, name, with;
    in >> number >> events >> of >> kind >> name >> with;
    if ((events != "events" && events != "event") || of != "of" || kind != "kind") return false;
    if (!parse_int(number, &c->n)) return false;
    c->kind = name;
    if (!with.empty()) {
      // "... with FIELD VALUE": VALUE is the rest of the line, quotes optional.
      if (with != "with" || !(in >> c->field)) return false;
      std::string value;
      std::getline(in, value);
      value = trim(value);
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        value = value.substr(1, value.size() - 2);
      }
      if (value.empty()) return false;
      c->value = value;
    }
    return !name.empty();
  }
  return false;
}

std::string read_file(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  *ok = static_cast<bool>(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::string line;
  std::istringstream in(text);
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

}  // namespace

std::vector<Check> parse_checks(const std::string& text, const std::string& dir,
                                std::vector<std::string>* errors) {
  std::vector<Check> checks;
  const std::vector<std::string> lines = split_lines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string raw = lines[i];
    const std::string s = trim(raw);
    if (s.empty() || s[0] == '#') continue;
    Check c;
    c.source = s;
    c.line = static_cast<int>(i + 1);
    auto fail = [&](const std::string& why) {
      errors->push_back("line " + std::to_string(i + 1) + ": " + why + ": " + s);
    };
    if (s == "output:" || s == "output has lines:") {
      c.type = s == "output:" ? Check::Type::OutputIs : Check::Type::OutputHasLines;
      // The lines follow, indented by two spaces.
      while (i + 1 < lines.size() && starts_with(lines[i + 1], "  ")) {
        c.lines.push_back(lines[++i].substr(2));
      }
      c.source = s == "output:" ? "the output is the " + std::to_string(c.lines.size()) +
                                      " expected lines"
                                : "the output has the " + std::to_string(c.lines.size()) +
                                      " lines in this order";
      checks.push_back(c);
      continue;
    }
    if (starts_with(s, "output file:")) {
      bool ok = false;
      const std::string path = trim(s.substr(12));
      const std::string content = read_file(dir + "/" + path, &ok);
      if (!ok) {
        fail("cannot read " + path);
        continue;
      }
      c.type = Check::Type::OutputIs;
      c.lines = split_lines(content);
      c.source = "the output is " + path;
      checks.push_back(c);
      continue;
    }
    if (starts_with(s, "output contains ")) {
      std::string rest = s.substr(16);
      Subject subj;
      if (!read_subject(rest, &subj) || subj.is_callback) {
        fail("expected a quoted text");
        continue;
      }
      c.type = Check::Type::OutputContains;
      c.text = subj.text;
      checks.push_back(c);
      continue;
    }
    if (starts_with(s, "exit code ")) {
      c.type = Check::Type::ExitCode;
      if (!parse_int(trim(s.substr(10)), &c.n)) {
        fail("expected a number");
        continue;
      }
      checks.push_back(c);
      continue;
    }
    if (s == "finishes within its limits") {
      c.type = Check::Type::WithinLimits;
      checks.push_back(c);
      continue;
    }
    if (parse_count(s, &c)) {
      c.type = Check::Type::Count;
      checks.push_back(c);
      continue;
    }
    if (starts_with(s, "module ")) {
      std::string rest = s.substr(7);
      Subject subj;
      if (!read_subject(rest, &subj) || subj.is_callback) {
        fail("expected module \"request\" ...");
        continue;
      }
      c.text = subj.text;
      if (rest == "not found") {
        c.type = Check::Type::ModuleNotFound;
      } else if (starts_with(rest, "resolved to ")) {
        c.type = Check::Type::ModuleResolved;
        c.lines.push_back(trim(rest.substr(12)));
      } else if (starts_with(rest, "tried ")) {
        c.type = Check::Type::ModuleTried;
        std::string list = rest.substr(6);
        size_t start = 0;
        while (start <= list.size()) {
          size_t comma = list.find(',', start);
          const std::string item = trim(list.substr(start, comma - start));
          if (!item.empty()) c.lines.push_back(item);
          if (comma == std::string::npos) break;
          start = comma + 1;
        }
      } else {
        fail("expected 'resolved to PATH', 'tried PATH, PATH...' or 'not found'");
        continue;
      }
      checks.push_back(c);
      continue;
    }
    // Checks about a subject.
    std::string rest = s;
    if (!read_subject(rest, &c.a)) {
      fail("not a check I know (see docs/grading.md)");
      continue;
    }
    if (starts_with(rest, "before ")) {
      rest = rest.substr(7);
      if (!read_subject(rest, &c.b) || !rest.empty()) {
        fail("expected SUBJECT before SUBJECT");
        continue;
      }
      c.type = Check::Type::Before;
    } else if (starts_with(rest, "scheduled by ")) {
      rest = rest.substr(13);
      if (!read_subject(rest, &c.b) || !rest.empty()) {
        fail("expected SUBJECT scheduled by SUBJECT");
        continue;
      }
      c.type = Check::Type::ScheduledBy;
    } else if (starts_with(rest, "in the same iteration as ")) {
      rest = rest.substr(25);
      if (!read_subject(rest, &c.b)) {
        fail("expected a subject");
        continue;
      }
      c.type = Check::Type::SameIteration;
    } else if (starts_with(rest, "in a later iteration than ")) {
      rest = rest.substr(26);
      if (!read_subject(rest, &c.b)) {
        fail("expected a subject");
        continue;
      }
      c.type = Check::Type::LaterIteration;
    } else if (starts_with(rest, "in the next iteration after ")) {
      rest = rest.substr(28);
      if (!read_subject(rest, &c.b)) {
        fail("expected a subject");
        continue;
      }
      c.type = Check::Type::NextIteration;
    } else if (rest == "in the main script") {
      c.type = Check::Type::InPlace;
      c.phase = "main";
    } else if (rest == "in the checkpoint after the main script") {
      c.type = Check::Type::InPlace;
      c.phase = "checkpoint";
    } else if (starts_with(rest, "in phase ") || starts_with(rest, "in iteration ")) {
      c.type = Check::Type::InPlace;
      std::istringstream in(rest);
      std::string w;
      in >> w;  // "in"
      in >> w;
      if (w == "phase") {
        in >> c.phase;
        trace::Phase p;
        if (!trace::phase_from_name(c.phase, &p)) {
          fail("unknown phase '" + c.phase + "'");
          continue;
        }
        std::string of, it;
        if (in >> of) {
          in >> it;
          long long n;
          std::string num;
          in >> num;
          if (of != "of" || it != "iteration" || !parse_int(num, &n)) {
            fail("expected ... in phase P of iteration N");
            continue;
          }
          c.iteration = static_cast<int>(n);
        }
      } else {
        std::string num;
        in >> num;
        long long n;
        if (!parse_int(num, &n)) {
          fail("expected a number after 'iteration'");
          continue;
        }
        c.iteration = static_cast<int>(n);
      }
    } else {
      fail("not a check I know (see docs/grading.md)");
      continue;
    }
    checks.push_back(c);
  }
  return checks;
}

namespace {

// What a subject resolved to in the trace.
struct Found {
  bool ok = false;
  uint64_t seq = 0;
  uint32_t iter = 0;
  Phase phase = Phase::Main;
  std::string kind;  // the callback kind that was running
  uint32_t id = 0;     // callback: its id; line: the callback that printed it
  uint32_t cause = 0;  // callback: who scheduled it
  std::string label;
};

Found find(const Subject& s, const RunFacts& run) {
  Found f;
  const trace::TraceIndex& index = *run.index;
  if (s.is_callback) {
    const CallbackInfo* cb = index.callback_named(s.text);
    f.label = "callback " + s.text;
    if (cb == nullptr) return f;
    f.ok = true;
    f.seq = cb->enter_seq;
    f.iter = cb->iter;
    f.phase = cb->phase;
    f.kind = cb->kind;
    f.id = cb->id;
    f.cause = cb->cause;
    return f;
  }
  const OutputLine* line = index.line_containing(s.text);
  f.label = "'" + s.text + "'";
  if (line == nullptr) return f;
  f.ok = true;
  f.seq = line->seq;
  f.iter = line->iter;
  f.phase = line->phase;
  f.id = line->callback;
  const CallbackInfo* cb = index.callback(line->callback);
  if (cb != nullptr) {
    f.kind = cb->kind;
    f.cause = cb->cause;
  }
  return f;
}

std::string where(const Found& f) {
  return f.label + (f.label[0] == '\'' ? " printed " : " ran ") +
         trace::describe_place(f.phase, f.iter, f.kind);
}

std::string missing(const Found& f) {
  return f.label + (f.label[0] == '\'' ? " was never printed" : " never ran");
}

bool path_matches(const std::string& actual, const std::string& expected,
                  const std::string& base) {
  if (actual == expected) return true;
  if (!base.empty() && actual == base + "/" + expected) return true;
  return actual.size() > expected.size() &&
         actual.compare(actual.size() - expected.size(), expected.size(), expected) == 0 &&
         actual[actual.size() - expected.size() - 1] == '/';
}

const trace::RequireInfo* find_require(const RunFacts& run, const std::string& request) {
  for (const trace::RequireInfo& r : run.index->requires_()) {
    if (r.request == request) return &r;
  }
  return nullptr;
}

}  // namespace

std::string field_count_key(std::string_view kind, std::string_view field, std::string_view value) {
  std::string key(kind);
  key += '\0';
  key += field;
  key += '\0';
  key += value;
  return key;
}

Outcome evaluate(const Check& c, const RunFacts& run) {
  Outcome o;
  const trace::TraceIndex& index = *run.index;
  switch (c.type) {
    case Check::Type::OutputIs:
    case Check::Type::OutputHasLines: {
      const std::vector<std::string> actual = split_lines(run.stdout_text);
      if (c.type == Check::Type::OutputIs) {
        for (size_t i = 0; i < std::max(actual.size(), c.lines.size()); ++i) {
          const std::string* a = i < actual.size() ? &actual[i] : nullptr;
          const std::string* e = i < c.lines.size() ? &c.lines[i] : nullptr;
          if (a != nullptr && e != nullptr && *a == *e) continue;
          o.reason = "line " + std::to_string(i + 1) + ": expected " +
                     (e ? "'" + *e + "'" : "no more output") + ", got " +
                     (a ? "'" + *a + "'" : "no more output");
          if (a != nullptr) {
            const OutputLine* line = index.line_containing(*a);
            if (line != nullptr) {
              const CallbackInfo* cb = index.callback(line->callback);
              o.reason += " (printed " +
                          trace::describe_place(line->phase, line->iter, cb ? cb->kind : "") + ")";
            }
          }
          return o;
        }
        o.pass = true;
        o.reason = std::to_string(actual.size()) + " lines, as expected";
        return o;
      }
      size_t at = 0;
      for (const std::string& line : actual) {
        if (at < c.lines.size() && line == c.lines[at]) ++at;
      }
      o.pass = at == c.lines.size();
      o.reason = o.pass ? "all found in order"
                        : "'" + c.lines[at] + "' not found after the lines before it";
      return o;
    }
    case Check::Type::OutputContains:
      o.pass = run.stdout_text.find(c.text) != std::string::npos;
      o.reason = o.pass ? "found" : "not in the output";
      return o;
    case Check::Type::ExitCode:
      o.pass = index.exit_code() == c.n;
      o.reason = "the exit code was " + std::to_string(index.exit_code()) + " (" +
                 index.exit_how() + ")";
      return o;
    case Check::Type::WithinLimits:
      o.pass = index.limit().empty();
      o.reason = o.pass ? "no limit was hit" : "stopped: " + index.limit();
      return o;
    case Check::Type::Count: {
      trace::EventKind kind;
      if (!trace::kind_from_name(c.kind, &kind)) {
        o.reason = "no event kind is called '" + c.kind + "' (docs/trace-format.md)";
        return o;
      }
      long long n = static_cast<long long>(index.count(kind));
      std::string what = c.kind + " event" + (n == 1 ? "" : "s");
      if (!c.field.empty()) {
        const trace::KindInfo& info = trace::kind_info(kind);
        bool known = false;
        for (size_t f = 0; f < info.field_count; ++f) known |= c.field == info.fields[f].name;
        if (!known) {
          o.reason = c.kind + " has no field '" + c.field + "' (docs/trace-format.md)";
          return o;
        }
        n = 0;
        if (run.field_counts != nullptr) {
          const auto it = run.field_counts->find(field_count_key(c.kind, c.field, c.value));
          if (it != run.field_counts->end()) n = static_cast<long long>(it->second);
        }
        what = c.kind + " event" + (n == 1 ? "" : "s") + " with " + c.field + " " + c.value +
               " (of " + std::to_string(index.count(kind)) + ")";
      }
      if (c.comparison == "at least") o.pass = n >= c.n;
      if (c.comparison == "at most") o.pass = n <= c.n;
      if (c.comparison == "exactly") o.pass = n == c.n;
      o.reason = std::to_string(n) + " " + what;
      return o;
    }
    case Check::Type::ModuleResolved:
    case Check::Type::ModuleNotFound:
    case Check::Type::ModuleTried: {
      const trace::RequireInfo* r = find_require(run, c.text);
      if (r == nullptr) {
        o.reason = "require('" + c.text + "') was never called";
        return o;
      }
      if (c.type == Check::Type::ModuleNotFound) {
        o.pass = r->not_found;
        o.reason = o.pass ? "not found after " + std::to_string(r->tried.size()) + " tries"
                          : "it resolved to " + r->resolved;
        return o;
      }
      if (c.type == Check::Type::ModuleResolved) {
        o.pass = !r->resolved.empty() && path_matches(r->resolved, c.lines[0], run.script_dir);
        o.reason = r->resolved.empty() ? "it was not found" : "it resolved to " + r->resolved;
        return o;
      }
      size_t at = 0;
      for (const auto& [path, result] : r->tried) {
        if (at < c.lines.size() && path_matches(path, c.lines[at], run.script_dir)) ++at;
      }
      o.pass = at == c.lines.size();
      std::string tried;
      for (const auto& [path, result] : r->tried) {
        if (!tried.empty()) tried += ", ";
        tried += path + " (" + result + ")";
      }
      o.reason = "it tried " + tried;
      return o;
    }
    default: break;
  }
  const Found a = find(c.a, run);
  if (!a.ok) {
    o.reason = missing(a);
    return o;
  }
  if (c.type == Check::Type::InPlace) {
    const bool in_checkpoint = a.kind == "tick" || a.kind == "microtask";
    bool phase_ok = c.phase.empty() || trace::phase_name(a.phase) == c.phase;
    if (c.phase == "main") phase_ok = a.phase == Phase::Main && !in_checkpoint;
    if (c.phase == "checkpoint") phase_ok = a.phase == Phase::Main && in_checkpoint;
    const bool iter_ok = c.iteration < 0 || static_cast<int>(a.iter) == c.iteration;
    o.pass = phase_ok && iter_ok;
    o.reason = where(a);
    return o;
  }
  const Found b = find(c.b, run);
  if (!b.ok) {
    o.reason = missing(b);
    return o;
  }
  switch (c.type) {
    case Check::Type::Before:
      o.pass = a.seq < b.seq;
      o.reason = where(a) + (o.pass ? ", before " : ", after ") + where(b);
      break;
    case Check::Type::SameIteration:
      o.pass = a.iter == b.iter && a.phase != Phase::Main && b.phase != Phase::Main;
      o.reason = where(a) + "; " + where(b);
      break;
    case Check::Type::LaterIteration:
      o.pass = a.iter > b.iter;
      o.reason = where(a) + "; " + where(b);
      break;
    case Check::Type::NextIteration:
      o.pass = a.iter == b.iter + 1;
      o.reason = where(a) + "; " + where(b);
      break;
    case Check::Type::ScheduledBy: {
      // By name when B is a callback: a function may run more than once (one
      // named callback serving several requests); any run of it counts.
      const CallbackInfo* scheduler = index.callback(a.cause);
      o.pass = c.b.is_callback ? scheduler != nullptr && scheduler->name == c.b.text
                               : a.cause == b.id && b.id != 0;
      std::string who = "#" + std::to_string(a.cause);
      if (a.cause == 1) {
        who = "the main script";
      } else if (scheduler != nullptr && !scheduler->name.empty()) {
        who = "callback " + scheduler->name;
      }
      o.reason = a.label + " was scheduled by " + who;
      break;
    }
    default: break;
  }
  return o;
}

}  // namespace ts::grade
