// The trace model: event kinds, phases and the fixed-size Event record.
//
// Everything here is free of Duktape, libuv and ImGui so that the visualizer,
// the exporters and the grader can link it alone (Tracy's server/ rule).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace ts::trace {

enum class Category : uint8_t {
#define TS_CATEGORY(name) name,
#include "trace/categories.def"
#undef TS_CATEGORY
  Count
};

enum class EventKind : uint16_t {
#define TS_EVENT(e, name, cat, doc, f1, f2, f3, f4) e,
#include "trace/event_kinds.def"
#undef TS_EVENT
  Count
};

constexpr size_t kEventKindCount = static_cast<size_t>(EventKind::Count);

// The loop phase an event happened in. Main is the main script before the
// loop starts; Exit is after the loop stopped ('beforeExit', 'exit').
enum class Phase : uint8_t { Main, Timers, Pending, Idle, Prepare, Poll, Check, Close, Exit, Count };

enum class FieldType : uint8_t { None, I, F, B, S };

struct FieldSpec {
  FieldType type;
  const char* name;
};

constexpr size_t kMaxFields = 4;

struct KindInfo {
  const char* name;       // "timer.insert"
  Category category;
  const char* doc;        // one sentence for docs and the legend
  std::array<FieldSpec, kMaxFields> fields;
  size_t field_count;
};

// One recorded event: 64 bytes, one cache line. Payload values are stored as
// int64: integers as is, booleans as 0/1, doubles bit-cast, strings as ids
// in the StringTable.
struct Event {
  uint64_t seq;      // 1, 2, 3, ... in recording order
  uint64_t t;        // ns since the runtime started (virtual in deterministic mode)
  uint32_t id;       // the object the event is about (timer, immediate, tick, ...)
  uint32_t cause;    // id of the callback that was running when it was scheduled
  uint32_t iter;     // loop iteration, 0 before the loop starts
  EventKind kind;
  Phase phase;
  uint8_t reserved;
  int64_t arg[kMaxFields];
};
static_assert(sizeof(Event) == 64, "Event must stay one cache line");
static_assert(std::is_standard_layout_v<Event> && std::is_trivially_copyable_v<Event>);

const KindInfo& kind_info(EventKind kind);
std::string_view phase_name(Phase phase);
std::string_view category_name(Category category);

// Lookups by name, for trace readers; false when unknown.
bool kind_from_name(std::string_view name, EventKind* out);
bool phase_from_name(std::string_view name, Phase* out);

}  // namespace ts::trace
