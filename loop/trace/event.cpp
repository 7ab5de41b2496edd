#include "trace/event.hpp"

namespace ts::trace {
namespace {

#define NONE \
  FieldSpec { FieldType::None, nullptr }
#define FIELD(type, name) \
  FieldSpec { FieldType::type, #name }

constexpr size_t count_fields(std::array<FieldSpec, kMaxFields> f) {
  size_t n = 0;
  while (n < kMaxFields && f[n].type != FieldType::None) ++n;
  return n;
}

#define TS_EVENT(e, name, cat, doc, f1, f2, f3, f4) \
  KindInfo{name, Category::cat, doc, {f1, f2, f3, f4}, count_fields({f1, f2, f3, f4})},
const KindInfo kKinds[] = {
#include "trace/event_kinds.def"
};
#undef TS_EVENT
#undef FIELD
#undef NONE

static_assert(sizeof(kKinds) / sizeof(kKinds[0]) == kEventKindCount,
              "one KindInfo per EventKind");

constexpr std::string_view kPhaseNames[] = {"main",    "timers", "pending", "idle", "prepare",
                                            "poll",    "check",  "close",   "exit"};
static_assert(std::size(kPhaseNames) == static_cast<size_t>(Phase::Count));

constexpr std::string_view kCategoryNames[] = {
#define TS_CATEGORY(name) #name,
#include "trace/categories.def"
#undef TS_CATEGORY
};
static_assert(std::size(kCategoryNames) == static_cast<size_t>(Category::Count));

}  // namespace

const KindInfo& kind_info(EventKind kind) { return kKinds[static_cast<size_t>(kind)]; }

std::string_view phase_name(Phase phase) { return kPhaseNames[static_cast<size_t>(phase)]; }

std::string_view category_name(Category category) {
  return kCategoryNames[static_cast<size_t>(category)];
}

bool kind_from_name(std::string_view name, EventKind* out) {
  for (size_t i = 0; i < kEventKindCount; ++i) {
    if (name == kKinds[i].name) {
      *out = static_cast<EventKind>(i);
      return true;
    }
  }
  return false;
}

bool phase_from_name(std::string_view name, Phase* out) {
  for (size_t i = 0; i < std::size(kPhaseNames); ++i) {
    if (name == kPhaseNames[i]) {
      *out = static_cast<Phase>(i);
      return true;
    }
  }
  return false;
}

}  // namespace ts::trace
