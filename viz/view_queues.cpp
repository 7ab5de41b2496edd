// The queues at the cursor: nextTick, microtasks, the immediate queue and
// the batch the check phase detached (shown apart: new immediates never
// join a running batch), the timer lists by duration, and thread-pool
// requests in flight. An item that joined at the current event is outlined;
// the one that just left is named at the top.
#include <map>

#include "model/event_text.hpp"
#include "palette.hpp"
#include "ui_util.hpp"
#include "view.hpp"

namespace ts::viz {

namespace {

std::string item_text(const QueuedCallback& item, const trace::StringTable& strings) {
  // The name is known once the callback has run (the runtime names a
  // callback when it calls it); until then, its id.
  std::string name(strings.get(item.name));
  return name.empty() ? "#" + std::to_string(item.id) : name + " #" + std::to_string(item.id);
}

}  // namespace

void View::draw_queues() {
  begin_panel_rect("Queues");
  if (!ImGui::Begin("Queues", nullptr, kPanelFlags)) {
    ImGui::End();
    return;
  }
  record_rect("queues");
  if (!session_) {
    ImGui::End();
    return;
  }
  const TraceModel& model = session_->model();
  const QueuesModel& q = model.queues();
  const trace::StringTable& strings = session_->strings();
  const trace::EventLog& log = session_->log();
  const size_t cursor = std::min(session_->cursor(), model.ingested());
  const uint32_t current = cursor > 0 ? static_cast<uint32_t>(cursor - 1) : kNone;
  constexpr size_t kMaxShown = 60;  // per queue; the count says how many there are

  // What just left a queue (the current event is a callback starting).
  if (current != kNone && log[current].kind == trace::EventKind::CallbackEnter) {
    const uint32_t span = model.callback_running_at(current);
    if (span != kNone) {
      const Span& s = model.spans()[span];
      ImGui::TextColored(palette::vec(palette::callback(s.callback)), "left its queue, now running:");
      ImGui::SameLine();
      ImGui::TextUnformatted(model.callback_name(s, strings).c_str());
    }
  }

  auto draw_items = [&](const char* id, const std::vector<QueuedCallback>& items,
                        const std::vector<uint32_t>& slots, ImU32 colour, bool show_kind) {
    const float right = ImGui::GetWindowContentRegionMax().x;
    size_t shown = 0;
    for (uint32_t slot : slots) {
      if (shown == kMaxShown) {
        ImGui::TextDisabled("... and %zu more", slots.size() - kMaxShown);
        break;
      }
      const QueuedCallback& item = items[slot];
      std::string text = item_text(item, strings);
      if (show_kind && item.kind != 0) text += " (" + std::string(strings.get(item.kind)) + ")";
      const float w = ImGui::CalcTextSize(text.c_str()).x + 16;
      if (shown > 0) {
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
      }
      const std::string pill_id = std::string(id) + std::to_string(slot);
      if (pill(pill_id.c_str(), text, colour, item.enqueued == current)) {
        if (item.span != kNone) select_span(item.span);
      }
      if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("queued at event %u by #%u%s", item.enqueued + 1, item.cause,
                          item.span != kNone ? "\nclick: why did it run when it did?" : "");
      }
      ++shown;
    }
    if (slots.empty()) ImGui::TextDisabled("empty");
  };

  // nextTick queue.
  std::vector<uint32_t> ticks;
  q.ticks_live().for_each_alive(cursor, [&](uint32_t s) { ticks.push_back(s); });
  section("nextTick queue", palette::kReddishPurple, ticks.size());
  ImGui::SameLine();
  help_marker("process.nextTick callbacks. The checkpoint after every callback runs all of them, "
              "before any promise microtask.");
  draw_items("tick", q.ticks(), ticks, palette::kReddishPurple, false);
  ImGui::Spacing();

  // Microtasks.
  std::vector<uint32_t> micro;
  q.microtasks_live().for_each_alive(cursor, [&](uint32_t s) { micro.push_back(s); });
  section("microtask queue", palette::kSkyBlue, micro.size());
  ImGui::SameLine();
  help_marker("Promise reactions, thenable jobs and queueMicrotask callbacks. They run after the "
              "nextTicks of the same checkpoint.");
  draw_items("micro", q.microtasks(), micro, palette::kSkyBlue, true);
  ImGui::Spacing();

  // Immediates: waiting, and the detached batch the check phase is running.
  std::vector<uint32_t> waiting;
  std::vector<uint32_t> batch;
  q.immediates_live().for_each_alive(cursor, [&](uint32_t s) {
    const QueuedCallback& item = q.immediates()[s];
    (item.detached != kNone && item.detached < cursor ? batch : waiting).push_back(s);
  });
  section("immediate queue", palette::kBluishGreen, waiting.size());
  ImGui::SameLine();
  help_marker("setImmediate callbacks waiting for the next check phase.");
  draw_items("imm", q.immediates(), waiting, palette::kBluishGreen, false);
  if (!batch.empty()) {
    section("detached batch (running in check)", palette::dim(palette::kBluishGreen, 0.3f), batch.size());
    ImGui::SameLine();
    help_marker("At the start of the check phase, processImmediate takes the whole queue: these run "
                "now. Immediates queued meanwhile go to the queue above and wait for the next "
                "iteration.");
    draw_items("batch", q.immediates(), batch, palette::dim(palette::kBluishGreen, 0.3f), false);
  }
  ImGui::Spacing();

  // Timer lists by duration.
  std::vector<uint32_t> lists;
  q.lists_live().for_each_alive(cursor, [&](uint32_t s) { lists.push_back(s); });
  std::map<uint32_t, std::vector<uint32_t>> by_ms;
  q.timers_live().for_each_alive(cursor, [&](uint32_t s) { by_ms[q.timers()[s].ms].push_back(s); });
  section("timer lists", palette::kOrange, lists.size());
  ImGui::SameLine();
  help_marker("One list per duration (Node's timerListMap), each in insertion order, so each list "
              "is also in expiry order. One libuv timer is armed for the earliest list.");
  if (lists.empty() && by_ms.empty()) ImGui::TextDisabled("none");
  for (uint32_t l : lists) {
    const uint32_t ms = q.lists()[l].ms;
    ImGui::TextDisabled("%u ms:", ms);
    const auto it = by_ms.find(ms);
    if (it == by_ms.end()) {
      ImGui::SameLine();
      ImGui::TextDisabled("(empty)");
      continue;
    }
    size_t shown = 0;
    const float right = ImGui::GetWindowContentRegionMax().x;
    for (uint32_t slot : it->second) {
      if (shown == kMaxShown) {
        ImGui::TextDisabled("... and %zu more", it->second.size() - kMaxShown);
        break;
      }
      const TimerEntry& t = q.timers()[slot];
      std::string name(strings.get(t.name));
      const std::string text = (name.empty() ? std::string() : name + " ") + "#" + std::to_string(t.id) +
                               " @" + std::to_string(t.expiry);
      const float w = ImGui::CalcTextSize(text.c_str()).x + 16;
      ImGui::SameLine();
      if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
      const std::string pill_id = "timer" + std::to_string(slot);
      if (pill(pill_id.c_str(), text, palette::kOrange, t.inserted == current) && t.span != kNone) {
        select_span(t.span);
      }
      if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s #%u: %u ms, expires at %lld ms on the loop clock\ninserted at event %u by #%u",
                          t.repeat ? "setInterval" : "setTimeout", t.id, t.ms,
                          static_cast<long long>(t.expiry), t.inserted + 1, t.cause);
      }
      ++shown;
    }
  }

  // Thread-pool requests.
  const PoolModel& pool = model.pool();
  if (!pool.requests().empty()) {
    std::vector<uint32_t> flying;
    pool.in_flight().for_each_alive(cursor, [&](uint32_t s) { flying.push_back(s); });
    ImGui::Spacing();
    section("thread pool requests", palette::kBlue, flying.size());
    for (size_t i = 0; i < flying.size() && i < kMaxShown; ++i) {
      const PoolRequest& r = pool.requests()[flying[i]];
      const std::string text = std::string(strings.get(r.what)) + " #" + std::to_string(r.id);
      if (i > 0) ImGui::SameLine();
      pill(("req" + std::to_string(flying[i])).c_str(), text, palette::kBlue, r.queued == current);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", std::string(strings.get(r.detail)).c_str());
    }
    if (flying.empty()) ImGui::TextDisabled("none in flight");
  }
  ImGui::End();
}

}  // namespace ts::viz
