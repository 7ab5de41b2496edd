#include "model/event_text.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace ts::viz {

using trace::EventKind;

namespace {

std::string str_of(const trace::StringTable& strings, int64_t id) {
  return std::string(strings.get(static_cast<uint32_t>(id)));
}

std::string num(int64_t v) { return std::to_string(v); }

bool contains_lower(std::string_view hay, std::string_view needle_lower) {
  if (needle_lower.empty()) return true;
  if (hay.size() < needle_lower.size()) return false;
  for (size_t i = 0; i + needle_lower.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle_lower.size()) {
      char c = hay[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != needle_lower[k]) break;
      ++k;
    }
    if (k == needle_lower.size()) return true;
  }
  return false;
}

const char* phase_purpose(trace::Phase phase) {
  switch (phase) {
    case trace::Phase::Timers: return "due setTimeout/setInterval callbacks run";
    case trace::Phase::Pending: return "I/O callbacks deferred from the last iteration run";
    case trace::Phase::Idle: return "libuv's idle handles (the immediate keep-alive)";
    case trace::Phase::Prepare: return "libuv's prepare handles; the poll timeout is computed";
    case trace::Phase::Poll: return "the loop waits for I/O, at most the poll timeout";
    case trace::Phase::Check: return "setImmediate callbacks run";
    case trace::Phase::Close: return "'close' callbacks run";
    default: return "";
  }
}

}  // namespace

std::string_view base_name(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string shorten(std::string_view s, size_t n) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (out.size() >= n) {
      // Back up to a UTF-8 boundary.
      while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
      if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80) != 0) out.pop_back();
      out += "...";
      return out;
    }
    if (s[i] == '\n') {
      out += "\xE2\x8F\x8E";  // ⏎
    } else if (s[i] == '\t') {
      out += ' ';
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string format_duration(uint64_t ns) {
  char buf[48];
  if (ns >= 1'000'000'000u) {
    std::snprintf(buf, sizeof buf, "%.2f s", static_cast<double>(ns) / 1e9);
  } else if (ns >= 1'000'000u) {
    std::snprintf(buf, sizeof buf, "%.2f ms", static_cast<double>(ns) / 1e6);
  } else if (ns >= 1'000u) {
    std::snprintf(buf, sizeof buf, "%.1f \xC2\xB5s", static_cast<double>(ns) / 1e3);
  } else {
    std::snprintf(buf, sizeof buf, "%llu ns", static_cast<unsigned long long>(ns));
  }
  return buf;
}

std::string event_data_text(const trace::Event& e, const trace::StringTable& strings,
                            size_t max_string) {
  const trace::KindInfo& info = trace::kind_info(e.kind);
  std::string out;
  for (size_t i = 0; i < info.field_count; ++i) {
    if (!out.empty()) out += ' ';
    out += info.fields[i].name;
    out += '=';
    const int64_t v = e.arg[i];
    switch (info.fields[i].type) {
      case trace::FieldType::I: out += num(v); break;
      case trace::FieldType::B: out += v ? "true" : "false"; break;
      case trace::FieldType::F: {
        double d;
        std::memcpy(&d, &v, sizeof d);
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", d);
        out += buf;
        break;
      }
      case trace::FieldType::S:
        out += '"';
        out += shorten(strings.get(static_cast<uint32_t>(v)), max_string);
        out += '"';
        break;
      case trace::FieldType::None: break;
    }
  }
  return out;
}

std::string narrate(const trace::Event& e, const trace::StringTable& strings) {
  const int64_t* a = e.arg;
  const std::string id = "#" + num(e.id);
  const std::string phase(trace::phase_name(e.phase));
  switch (e.kind) {
    case EventKind::ProcessStart: return "The runtime starts (pid " + num(a[0]) + ").";
    case EventKind::ScriptCompile:
      return "Compiles " + std::string(base_name(strings.get(static_cast<uint32_t>(a[0])))) +
             " (" + num(a[1]) + " bytes).";
    case EventKind::ScriptRunBegin:
      return "The main script " + std::string(base_name(strings.get(static_cast<uint32_t>(a[0])))) +
             " starts to run, before the event loop.";
    case EventKind::ScriptRunEnd:
      return a[1] ? "The main script threw." : "The main script's top-level code is done.";
    case EventKind::ConsoleWrite:
      return std::string(str_of(strings, a[0]) == "stderr" ? "Prints to stderr: " : "Prints: ") +
             shorten(strings.get(static_cast<uint32_t>(a[2])), 90);
    case EventKind::UncaughtError:
      return "Uncaught " + str_of(strings, a[0]) + ": " + shorten(strings.get(static_cast<uint32_t>(a[1])), 80);
    case EventKind::Warning: return "Warning: " + str_of(strings, a[1]);
    case EventKind::BeforeExit: return "The loop ran dry: process emits 'beforeExit'.";
    case EventKind::ProcessExit:
      return "The process exits with code " + num(a[0]) + " (" + str_of(strings, a[1]) + ").";
    case EventKind::Limit: return "A run limit stopped the script: " + str_of(strings, a[2]);
    case EventKind::LoopStart: return "The main script is done: the event loop starts.";
    case EventKind::IterBegin: return "Loop iteration " + num(e.iter) + " begins.";
    case EventKind::IterEnd:
      return "Iteration " + num(e.iter) + " ends; " + num(a[0]) + " callbacks ran in it.";
    case EventKind::PhaseEnter:
      return "Enters the " + phase + " phase: " + phase_purpose(e.phase) + ".";
    case EventKind::PhaseLeave:
      return "Leaves the " + phase + " phase (" + num(a[0]) + " callbacks, " +
             format_duration(static_cast<uint64_t>(a[1])) + ").";
    case EventKind::PollTimeout:
      return a[0] < 0 ? "Poll may block until an event arrives: " + str_of(strings, a[1]) + "."
                      : "Poll may block for " + num(a[0]) + " ms: " + str_of(strings, a[1]) + ".";
    case EventKind::LoopAlive:
      return a[0] ? "The loop stays alive: " + str_of(strings, a[3]) + "."
                  : "Nothing keeps the loop alive: it will stop.";
    case EventKind::LoopExit: return "The event loop stops after " + num(a[0]) + " iterations.";
    case EventKind::CallbackEnter: {
      const std::string name = str_of(strings, a[1]);
      return "Calls the " + str_of(strings, a[0]) + " callback " +
             (name.empty() ? std::string("(anonymous)") : name) + " " + id + ".";
    }
    case EventKind::CallbackExit:
      return "The " + str_of(strings, a[0]) + " callback " + id + (a[2] ? " threw" : " returns") +
             " after " + format_duration(static_cast<uint64_t>(a[1])) + ".";
    case EventKind::TimerInsert:
      return std::string(a[2] ? "setInterval" : "setTimeout") + ": timer " + id + " joins the " +
             num(a[0]) + " ms list (expires at " + num(a[1]) + " ms).";
    case EventKind::TimerListCreate: return "The first " + num(a[0]) + " ms timer creates that list.";
    case EventKind::TimerListDelete: return "The " + num(a[0]) + " ms list is empty and is removed.";
    case EventKind::TimerSchedule:
      return "The one libuv timer is armed for the earliest list: due in " + num(a[0]) + " ms.";
    case EventKind::TimerFire:
      return "Timer " + id + " (" + num(a[0]) + " ms) is due" +
             (a[1] > 0 ? ", late by " + num(a[1]) + " ms." : ", right on time.");
    case EventKind::TimerClear: return "clearTimeout removes timer " + id + ".";
    case EventKind::TimerRefresh: return "refresh() moves timer " + id + " to the end of its list.";
    case EventKind::TimerRef:
      return std::string(a[0] ? "ref(): " : "unref(): ") + "timer " + id +
             (a[0] ? " keeps the loop alive." : " no longer keeps the loop alive.");
    case EventKind::ImmediateEnqueue: return "setImmediate queues " + id + " for the check phase.";
    case EventKind::ImmediateBatch:
      return "The check phase detaches the immediate queue: " + num(a[0]) +
             " run now; new ones wait for the next iteration.";
    case EventKind::ImmediateClear: return "clearImmediate removes " + id + ".";
    case EventKind::ImmediateIdle:
      return a[0] ? "The idle handle starts: poll will not block while immediates wait."
                  : "The idle handle stops: no immediates wait.";
    case EventKind::ImmediateRef: return std::string(a[0] ? "ref()" : "unref()") + " on immediate " + id + ".";
    case EventKind::TickEnqueue: return "process.nextTick queues " + id + ".";
    case EventKind::MicrotaskEnqueue: return "A microtask (" + str_of(strings, a[0]) + ") is queued: " + id + ".";
    case EventKind::DrainBegin:
      return "Checkpoint: run " + num(a[0]) + " nextTick(s), then " + num(a[1]) +
             " microtask(s), until both queues are empty.";
    case EventKind::DrainEnd:
      return "Checkpoint done: " + num(a[0]) + " nextTick(s) and " + num(a[1]) + " microtask(s) ran.";
    case EventKind::PromiseSettle:
      return "Promise " + id + " is " + str_of(strings, a[0]) + " (" + num(a[1]) + " reaction(s) waiting).";
    case EventKind::PromiseUnhandled: return "A rejection has no handler: " + str_of(strings, a[0]);
    case EventKind::PromiseHandledLater: return "A handler was added to an already-reported rejection.";
    case EventKind::ModuleRequire:
      return "require('" + str_of(strings, a[0]) + "')" +
             (a[1] != 0 && !strings.get(static_cast<uint32_t>(a[1])).empty()
                  ? " from " + std::string(base_name(strings.get(static_cast<uint32_t>(a[1]))))
                  : std::string(" (the main module)")) + ".";
    case EventKind::ModuleCore: return "'" + str_of(strings, a[0]) + "' is a built-in module.";
    case EventKind::ModuleCache:
      return a[2] ? "Found in require.cache: " + std::string(base_name(strings.get(static_cast<uint32_t>(a[1])))) + "."
                  : "In require.cache but still loading: a cycle, so its exports are partial.";
    case EventKind::ModulePaths: return "Will search: " + shorten(strings.get(static_cast<uint32_t>(a[1])), 90);
    case EventKind::ModuleTry:
      return "Tries " + std::string(base_name(strings.get(static_cast<uint32_t>(a[0])))) + " as " +
             str_of(strings, a[1]) + ": " + str_of(strings, a[2]) + ".";
    case EventKind::ModulePackage: return "Reads package.json: main = '" + str_of(strings, a[1]) + "'.";
    case EventKind::ModuleResolved:
      return "Resolved to " + shorten(strings.get(static_cast<uint32_t>(a[1])), 80) + ".";
    case EventKind::ModuleNotFound:
      return "Cannot find module '" + str_of(strings, a[0]) + "' (" + num(a[1]) + " candidates tried).";
    case EventKind::ModuleLoad: return "Loads " + std::string(base_name(strings.get(static_cast<uint32_t>(a[0])))) + ".";
    case EventKind::ModuleLoaded:
      return std::string(base_name(strings.get(static_cast<uint32_t>(a[0])))) +
             (a[2] ? " threw while loading." : " is loaded.");
    case EventKind::BufferSlabNew: return "The Buffer pool gets a new " + num(a[0]) + "-byte slab " + id + ".";
    case EventKind::BufferSlabRetire:
      return "Slab " + id + " is retired: " + num(a[3]) + " bytes do not fit; " + num(a[1]) +
             " bytes at its end are wasted.";
    case EventKind::BufferAlloc:
      return "Buffer " + id + ": " + num(a[0]) + " bytes, " + str_of(strings, a[1]) + " (" +
             str_of(strings, a[2]) + ").";
    case EventKind::BufferPoolTake:
      return "Buffer " + id + " takes bytes " + num(a[1]) + ".. of slab #" + num(a[0]) + " (+" +
             num(a[2]) + " padding; " + num(a[3]) + " left).";
    case EventKind::BufferSlabRelease: return "The GC frees retired slab " + id + ".";
    case EventKind::BufferFree: return "The GC frees Buffer " + id + "'s own " + num(a[0]) + " bytes.";
    case EventKind::BufferExternal: return "External memory: " + num(a[0]) + " bytes.";
    default: break;
  }
  // Kinds that other parts of tickscope add (the thread pool, fs): matched
  // by name, their fields by name, so that a renamed or missing one falls
  // back to the plain field list below.
  const trace::KindInfo& info = trace::kind_info(e.kind);
  const std::string_view name = info.name;
  const auto field = [&](const char* f) -> std::string {
    for (size_t i = 0; i < info.field_count; ++i) {
      if (std::strcmp(info.fields[i].name, f) != 0) continue;
      if (info.fields[i].type == trace::FieldType::S) return str_of(strings, e.arg[i]);
      return num(e.arg[i]);
    }
    return "";
  };
  const auto field_num = [&](const char* f) -> int64_t {
    for (size_t i = 0; i < info.field_count; ++i) {
      if (std::strcmp(info.fields[i].name, f) == 0) return e.arg[i];
    }
    return 0;
  };
  if (name == "pool.queue") {
    return "Request " + id + " (" + field("what") + " " + shorten(field("detail"), 50) +
           ") joins the thread pool's queue; " + field("in_flight") + " in flight.";
  }
  if (name == "pool.work") {
    const int64_t ran = field_num("end") - field_num("start");
    return "Request " + id + " (" + field("what") + ") ran on worker " + field("thread") + " for " +
           format_duration(static_cast<uint64_t>(std::max<int64_t>(0, ran))) +
           "; the loop picks up its completion in poll.";
  }
  if (name == "fs.done") {
    const std::string error = field("error");
    return "The fs request " + id + " (" + field("syscall") + ") " +
           (error.empty() ? std::string("finished") : "failed: " + error) + "; its callback runs next.";
  }
  if (name == "fs.sync") {
    return "A synchronous " + field("syscall") + " of " + shorten(field("path"), 50) +
           " blocks the loop for " + format_duration(static_cast<uint64_t>(std::max<int64_t>(0, field_num("ns")))) + ".";
  }
  return std::string(info.name) + ": " + event_data_text(e, strings, 60);
}

bool event_matches(const trace::Event& e, const trace::StringTable& strings,
                   std::string_view needle_lower) {
  if (needle_lower.empty()) return true;
  const trace::KindInfo& info = trace::kind_info(e.kind);
  if (contains_lower(info.name, needle_lower)) return true;
  bool numeric = true;
  uint64_t n = 0;
  for (char c : needle_lower) {
    if (c < '0' || c > '9') {
      numeric = false;
      break;
    }
    n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  if (numeric && (e.id == n || e.cause == n)) return true;
  for (size_t i = 0; i < info.field_count; ++i) {
    if (info.fields[i].type == trace::FieldType::S &&
        contains_lower(strings.get(static_cast<uint32_t>(e.arg[i])), needle_lower)) {
      return true;
    }
  }
  return false;
}

}  // namespace ts::viz
