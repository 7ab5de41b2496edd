// The timeline: the main thread as nested spans (iterations, phases,
// callbacks, checkpoints, module loads), the thread pool's workers, and
// what waits (timers from timer.insert to timer.fire, immediates, pool
// requests) as bars. X is either event steps (each event one unit: what the
// stepping moves through) or time.
//
// Drawing a million events at 60 FPS is Tracy's recipe
// (TracyTimelineItemThread.cpp): spans of one depth are sorted and never
// overlap, so a binary search finds the first visible one; a span narrower
// than kMinPx is merged with the tiny spans after it into one folded block,
// skipping them with another binary search; nothing past the cursor or the
// visible range is looked at. Waiting bars overlap, so they keep the largest
// end per block of 32 and whole blocks are skipped (wait_lanes.hpp).
#include <algorithm>
#include <cmath>
#include <functional>

#include "model/event_text.hpp"
#include "palette.hpp"
#include "ui_util.hpp"
#include "view.hpp"

namespace ts::viz {

namespace {

constexpr float kMinPx = 3.0f;
constexpr ImU32 kCanvas = IM_COL32(24, 24, 28, 255);
constexpr double kInf = 1e300;

struct Axis {
  bool time = false;
  double v0 = 0, v1 = 1;  // the visible range
  float x0 = 0, width = 1;
  double cursor_value = 0;
  size_t cursor = 0;
  const trace::EventLog* log = nullptr;

  float x(double v) const { return x0 + static_cast<float>((v - v0) / (v1 - v0) * width); }
  double value_at(float px) const { return v0 + (px - x0) / width * (v1 - v0); }
  double per_px() const { return (v1 - v0) / width; }
  // A time on the steps axis: the first event at or after it.
  double of_time(uint64_t t) const {
    if (time) return static_cast<double>(t);
    size_t lo = log->first();
    size_t hi = cursor;
    while (lo < hi) {
      const size_t mid = (lo + hi) / 2;
      if ((*log)[mid].t < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return static_cast<double>(lo);
  }
  double begin(const Span& s) const { return time ? static_cast<double>(s.t0) : s.i0; }
  // The full end (for the binary searches): later spans end later.
  double end(const Span& s) const {
    if (time) return s.t1 == kOpenTime ? kInf : static_cast<double>(s.t1);
    return s.i1 == kNone ? kInf : static_cast<double>(s.i1) + 1;
  }
  // The end as seen at the cursor (open spans reach the cursor).
  double end_at_cursor(const Span& s) const {
    if (s.i1 == kNone || s.i1 >= cursor) return cursor_value;
    return end(s);
  }
  double bar_begin(const WaitBar& b) const { return time ? static_cast<double>(b.begin_t) : b.begin_i; }
  double bar_end(const WaitBar& b) const {
    if (b.end_i == kNone || b.end_i >= cursor) return cursor_value;
    return time ? static_cast<double>(b.end_t) : static_cast<double>(b.end_i) + 1;
  }
};

ImU32 span_colour(const Span& s) {
  switch (s.kind) {
    case SpanKind::Run: return s.id == 0 ? palette::dim(palette::kLightGrey, 0.55f) : palette::kDarkGrey;
    case SpanKind::Iteration: return IM_COL32(72, 74, 84, 255);
    case SpanKind::Phase: return palette::phase(s.phase);
    case SpanKind::Script: return palette::kLightGrey;
    case SpanKind::Module: return palette::kYellow;
    case SpanKind::Callback: return palette::callback(s.callback);
    case SpanKind::Drain: return IM_COL32(110, 84, 120, 255);
  }
  return palette::kGrey;
}

std::string span_label(const TraceModel& model, const Span& s, const trace::StringTable& strings) {
  switch (s.kind) {
    case SpanKind::Run: return s.id == 0 ? "main script" : "exit";
    case SpanKind::Iteration: return "iteration " + std::to_string(s.id);
    case SpanKind::Phase: return std::string(trace::phase_name(s.phase));
    case SpanKind::Script: return std::string(base_name(strings.get(s.label)));
    case SpanKind::Module: return "load " + std::string(base_name(strings.get(s.label)));
    case SpanKind::Callback: return model.callback_name(s, strings);
    case SpanKind::Drain: return "checkpoint";
  }
  return "";
}

void nice_ticks(double range, double per_px, bool time, double* step) {
  const double target = per_px * 110;  // about one label per 110 px
  double base = std::pow(10.0, std::floor(std::log10(std::max(target, time ? 1.0 : 1.0))));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (base * m >= target) {
      *step = base * m;
      return;
    }
  }
  *step = std::max(1.0, range);
}

}  // namespace

void View::draw_timeline() {
  begin_panel_rect("Timeline");
  // The window's own background is the canvas colour (no extra layer).
  ImGui::PushStyleColor(ImGuiCol_WindowBg, palette::vec(kCanvas));
  const bool visible = ImGui::Begin("Timeline", nullptr, (kPanelFlags & ~ImGuiWindowFlags_NoBackground) | ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleColor();
  if (!visible) {
    ImGui::End();
    return;
  }
  record_rect("timeline");
  if (!session_) {
    ImGui::End();
    return;
  }
  const TraceModel& model = session_->model();
  const trace::EventLog& log = session_->log();
  const trace::StringTable& strings = session_->strings();
  const size_t cursor = std::min(session_->cursor(), model.ingested());

  // Header: the axis and the view.
  if (ImGui::RadioButton("steps", !tl_time_axis_)) tl_time_axis_ = false, tl_fit_ = true;
  ImGui::SameLine();
  if (ImGui::RadioButton("time", tl_time_axis_)) tl_time_axis_ = true, tl_fit_ = true;
  ImGui::SameLine();
  if (ImGui::SmallButton("fit (F)")) tl_fit_ = true;
  ImGui::SameLine();
  ImGui::Checkbox("follow cursor", &tl_follow_);
  ImGui::SameLine();
  help_marker(
      "X is event steps (every event one unit, what the step buttons move through) or time.\n"
      "Wheel: zoom. Drag: pan. Click a callback: explain it. Double-click: move the cursor "
      "there. Thin grey blocks are many small spans folded together; zoom in to see them.\n"
      "Below the loop: timers and immediates waiting (scheduled -> run), and the thread pool.");

  Axis ax;
  ax.time = tl_time_axis_;
  ax.cursor = cursor;
  ax.log = &log;
  const uint64_t t_first = log.size() > log.first() ? log[log.first()].t : 0;
  if (ax.time) {
    ax.cursor_value = cursor > 0 ? static_cast<double>(log[cursor - 1].t) : static_cast<double>(t_first);
  } else {
    ax.cursor_value = static_cast<double>(cursor);
  }
  const double fit_end = std::max(ax.cursor_value, ax.time ? static_cast<double>(t_first) + 1000.0 : 20.0);
  const double fit_begin = ax.time ? static_cast<double>(t_first) : 0.0;
  if (tl_fit_) {
    tl_v0_ = fit_begin;
    tl_v1_ = fit_end + (fit_end - fit_begin) * 0.02;
  } else if (tl_follow_ && session_->playback().playing()) {
    const double w = tl_v1_ - tl_v0_;
    if (ax.cursor_value > tl_v1_ - w * 0.05 || ax.cursor_value < tl_v0_) {
      tl_v0_ = ax.cursor_value - w * 0.8;
      tl_v1_ = tl_v0_ + w;
    }
  }
  if (tl_v1_ - tl_v0_ < (ax.time ? 50.0 : 4.0)) tl_v1_ = tl_v0_ + (ax.time ? 50.0 : 4.0);

  // The canvas: a fixed ruler, then the lanes in a child window that
  // scrolls vertically (the wheel zooms; Shift+wheel or the scrollbar scroll).
  const float font = ImGui::GetFontSize();
  const float ruler_h = font + 6;
  const float row_h = std::floor(font + 5);
  const float bar_h = std::floor(font * 0.55f + 2);
  const float legend_h = ImGui::GetTextLineHeightWithSpacing() + 2;
  const ImVec2 ruler_pos = ImGui::GetCursorScreenPos();
  const float full_w = ImGui::GetContentRegionAvail().x;
  const float lanes_h = std::max(40.0f, ImGui::GetContentRegionAvail().y - legend_h - ruler_h);
  const float label_w = ImGui::CalcTextSize("immediates ").x + 6;
  const float scrollbar_w = ImGui::GetStyle().ScrollbarSize;
  ax.x0 = ruler_pos.x + label_w;
  ax.width = std::max(10.0f, full_w - label_w - scrollbar_w - 4);
  ax.v0 = tl_v0_;
  ax.v1 = tl_v1_;
  ImGuiIO& io = ImGui::GetIO();

  double step = 1;
  nice_ticks(ax.v1 - ax.v0, ax.per_px(), ax.time, &step);
  {
    ImDrawList* rdl = ImGui::GetWindowDrawList();
    ImGui::Dummy(ImVec2(full_w, ruler_h));
    rdl->PushClipRect(ImVec2(ax.x0 - 2, ruler_pos.y), ImVec2(ruler_pos.x + full_w, ruler_pos.y + ruler_h), true);
    for (double v = std::ceil(ax.v0 / step) * step; v <= ax.v1; v += step) {
      const float x = ax.x(v);
      rdl->AddLine(ImVec2(x, ruler_pos.y + ruler_h - 5), ImVec2(x, ruler_pos.y + ruler_h), palette::kGrey);
      const std::string text = ax.time ? format_duration(static_cast<uint64_t>(std::max(0.0, v - fit_begin)))
                                       : std::to_string(static_cast<long long>(v));
      rdl->AddText(ImVec2(x + 3, ruler_pos.y + 1), palette::kGrey, text.c_str());
    }
    const float cx = ax.x(ax.cursor_value);
    rdl->AddTriangleFilled(ImVec2(cx - 6, ruler_pos.y + ruler_h - 9), ImVec2(cx + 6, ruler_pos.y + ruler_h - 9),
                           ImVec2(cx, ruler_pos.y + ruler_h), palette::kCursor);
    rdl->PopClipRect();
  }
  ImGui::SetCursorScreenPos(ImVec2(ruler_pos.x, ruler_pos.y + ruler_h));
  ImGui::BeginChild("tl-lanes", ImVec2(full_w, lanes_h), false, ImGuiWindowFlags_NoScrollWithMouse);
  const ImVec2 canvas_pos = ImGui::GetCursorScreenPos();
  const ImVec2 canvas_size(full_w - scrollbar_w, std::max(lanes_h, tl_content_h_));
  ImGui::InvisibleButton("timeline-canvas", canvas_size);
  const bool hovered = ImGui::IsItemHovered();
  const bool active = ImGui::IsItemActive();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(canvas_pos, ImVec2(canvas_pos.x + canvas_size.x, canvas_pos.y + canvas_size.y), true);
  for (double v = std::ceil(ax.v0 / step) * step; v <= ax.v1; v += step) {
    const float x = ax.x(v);
    dl->AddLine(ImVec2(x, canvas_pos.y), ImVec2(x, canvas_pos.y + canvas_size.y), IM_COL32(255, 255, 255, 18));
  }

  float y = canvas_pos.y + 3;
  uint32_t hover_span = kNone;
  std::string hover_text;
  const ImVec2 mouse = io.MousePos;
  const uint32_t running = model.innermost_at(cursor, SpanKind::Callback);
  const uint32_t explained = explained_span();
  auto lane_label = [&](float top, float h, const char* text) {
    dl->AddText(ImVec2(canvas_pos.x + 4, top + (h - font) * 0.5f), palette::kGrey, text);
  };

  // --- the main thread: one row per depth ---
  const auto& spans = model.spans();
  const auto& rows = model.rows();
  const float main_top = y;
  const double minvis = kMinPx * ax.per_px();
  size_t drawn_rows = 0;
  for (size_t d = 0; d < rows.size(); ++d) {
    const auto& row = rows[d];
    if (row.empty() || spans[row.front()].i0 >= cursor) continue;
    ++drawn_rows;
    const float top = y;
    const float bottom = y + row_h - 1;
    auto first = std::lower_bound(row.begin(), row.end(), ax.v0,
                                  [&](uint32_t s, double v) { return ax.end(spans[s]) < v; });
    size_t k = static_cast<size_t>(first - row.begin());
    while (k < row.size()) {
      const Span& s = spans[row[k]];
      if (s.i0 >= cursor) break;
      const double b = ax.begin(s);
      if (b > ax.v1) break;
      const double e = ax.end_at_cursor(s);
      float x0 = ax.x(b);
      float x1 = ax.x(e);
      if (x1 - x0 < kMinPx) {
        // Fold this and every span that begins within the next kMinPx into
        // one block (spans of a row are sorted and do not overlap, so the
        // block ends where the last of them ends). The search gallops from
        // k: the next block is usually a few spans away, so each block costs
        // a few cache misses, not a binary search over the whole row.
        const double limit = std::max(e, b) + minvis;
        auto begins_before = [&](size_t at) {
          const Span& x = spans[row[at]];
          return x.i0 < cursor && ax.begin(x) < limit;
        };
        size_t lo = k;  // begins_before(lo) holds
        size_t stride = 1;
        while (lo + stride < row.size() && begins_before(lo + stride)) {
          lo += stride;
          stride *= 2;
        }
        size_t hi = std::min(row.size(), lo + stride);  // !begins_before(hi) (or the end)
        while (hi - lo > 1) {
          const size_t mid = lo + (hi - lo) / 2;
          (begins_before(mid) ? lo : hi) = mid;
        }
        size_t j = lo;
        // A wide span at the end of the bucket is drawn on its own.
        if (j > k && ax.x(ax.end_at_cursor(spans[row[j]])) - ax.x(ax.begin(spans[row[j]])) >= kMinPx) --j;
        const double block_end = ax.end_at_cursor(spans[row[j]]);
        x1 = std::max(ax.x(block_end), x0 + kMinPx);
        const size_t count = j - k + 1;
        const ImU32 colour = count == 1 ? span_colour(s) : palette::dim(palette::kGrey, 0.35f);
        dl->AddRectFilled(ImVec2(x0, top), ImVec2(x1, bottom), colour);
        if (hovered && mouse.x >= x0 && mouse.x < x1 && mouse.y >= top && mouse.y < bottom) {
          if (count == 1) {
            hover_span = row[k];
          } else {
            hover_text = std::to_string(count) + " spans folded together (zoom in to see them)";
          }
        }
        k = j + 1;
        continue;
      }
      const ImU32 colour = span_colour(s);
      dl->AddRectFilled(ImVec2(x0, top), ImVec2(x1, bottom), colour, x1 - x0 > 12 ? 2.0f : 0.0f);
      if (s.threw) dl->AddRect(ImVec2(x0, top), ImVec2(x1, bottom), palette::kVermillion, 2.0f, 0, 2.0f);
      if (row[k] == explained) {
        dl->AddRect(ImVec2(x0 - 1, top - 1), ImVec2(x1 + 1, bottom + 1), palette::kCursor, 2.0f, 0, 2.0f);
      } else if (row[k] == running) {
        dl->AddRect(ImVec2(x0, top), ImVec2(x1, bottom), palette::kYellow, 2.0f, 0, 1.5f);
      }
      const std::string label = span_label(model, s, strings);
      clipped_label(dl, ImVec2(std::max(x0, ax.x0), top), ImVec2(x1, bottom), palette::text_on(colour), label.c_str());
      if (hovered && mouse.x >= x0 && mouse.x < x1 && mouse.y >= top && mouse.y < bottom) hover_span = row[k];
      if (d == 1 && s.kind == SpanKind::Phase && s.phase == trace::Phase::Check && x1 - x0 > 8) {
        probe("timeline.check", ImVec2((x0 + x1) * 0.5f, top + 2), colour);
      }
      ++k;
    }
    y += row_h;
  }
  if (drawn_rows > 0) lane_label(main_top, row_h, "main thread");
  if (drawn_rows == 0) {
    dl->AddText(ImVec2(ax.x0 + 6, y + 4), palette::kGrey,
                cursor == 0 ? "Nothing yet: press Space to run, or Right to step." : "No spans yet.");
    y += row_h;
  }

  // --- waiting bars ---
  auto draw_bars = [&](const WaitLanes& lanes, const char* title, ImU32 colour,
                       const std::function<std::string(uint32_t)>* names) {
    const size_t used = lanes.rows_used_at(cursor);
    if (used == 0) return;
    y += 4;
    dl->AddLine(ImVec2(canvas_pos.x, y - 2), ImVec2(canvas_pos.x + canvas_size.x, y - 2), IM_COL32(255, 255, 255, 30));
    lane_label(y, bar_h + 1, title);
    const auto& bars = lanes.bars();
    for (size_t r = 0; r < used; ++r) {
      const auto& row = lanes.rows()[r];
      const float top = y;
      const float bottom = y + bar_h;
      // Rows below kMaxRows - 1 hold bars that never overlap (WaitLanes packs
      // them so): there, tiny bars fold like the main lane's spans, skipping
      // ahead with a galloping search. The last row may overlap: it is walked.
      const bool disjoint = r + 1 < WaitLanes::kMaxRows;
      float last_x = -1e9f;
      auto draw_one = [&](const WaitBar& bar, float x0, float x1, size_t count) {
        const bool waiting = bar.end_i == kNone || bar.end_i >= cursor;
        const bool cleared = !waiting && bar.what == static_cast<uint8_t>(TimerEnd::Cleared);
        ImU32 fill = cleared ? palette::dim(colour, 0.6f) : (waiting ? colour : palette::dim(colour, 0.4f));
        if (count > 1) fill = palette::dim(colour, 0.55f);
        dl->AddRectFilled(ImVec2(x0, top), ImVec2(x1, bottom), fill, x1 - x0 > 12 ? 2.0f : 0.0f);
        if (waiting && x1 - x0 > 6) {
          dl->AddTriangleFilled(ImVec2(x1 - 5, top), ImVec2(x1, (top + bottom) * 0.5f), ImVec2(x1 - 5, bottom),
                                palette::kCursor);
        }
        if (names != nullptr && count == 1 && x1 - x0 > font * 3) {
          clipped_label(dl, ImVec2(std::max(x0, ax.x0), top - 1), ImVec2(x1 - 6, bottom + 1), palette::text_on(fill),
                        (*names)(bar.owner).c_str());
        }
        if (hovered && mouse.x >= x0 && mouse.x < x1 && mouse.y >= top && mouse.y < bottom) {
          if (count > 1) {
            hover_text = std::to_string(count) + " " + title + " folded together (zoom in to see them)";
          } else {
            hover_text = std::string(title) + ": waited from event " + std::to_string(bar.begin_i + 1) +
                         (waiting ? " and still waits" : " to event " + std::to_string(bar.end_i + 1)) +
                         (!waiting ? " (" + format_duration(bar.end_t - bar.begin_t) + ")" : "");
            if (names != nullptr) hover_text += "\n" + (*names)(bar.owner);
          }
        }
        last_x = x1;
      };
      for (size_t blk = 0; blk * WaitLanes::kBlock < row.bars.size(); ++blk) {
        const WaitBar& head = bars[row.bars[blk * WaitLanes::kBlock]];
        if (head.begin_i >= cursor || ax.bar_begin(head) > ax.v1) break;
        const bool open = row.block_max_end_i[blk] == kNone || row.block_max_end_i[blk] >= cursor;
        if (!open) {
          const double block_end = ax.time ? static_cast<double>(row.block_max_end_t[blk])
                                           : static_cast<double>(row.block_max_end_i[blk]) + 1;
          if (block_end < ax.v0) continue;
        }
        if (disjoint) {
          // From the first block that reaches the view, to the view's end.
          for (size_t i = blk * WaitLanes::kBlock; i < row.bars.size();) {
            const WaitBar& bar = bars[row.bars[i]];
            if (bar.begin_i >= cursor) break;
            const double b = ax.bar_begin(bar);
            if (b > ax.v1) break;
            const double e = ax.bar_end(bar);
            if (e < ax.v0) {
              ++i;
              continue;
            }
            const float x0 = ax.x(b);
            float x1 = std::max(ax.x(e), x0 + 2);
            if (x1 - x0 >= kMinPx) {
              draw_one(bar, x0, x1, 1);
              ++i;
              continue;
            }
            const double limit = ax.value_at(x0 + kMinPx);
            auto begins_before = [&](size_t at) {
              const WaitBar& x = bars[row.bars[at]];
              return x.begin_i < cursor && ax.bar_begin(x) < limit;
            };
            size_t lo = i;
            size_t stride = 1;
            while (lo + stride < row.bars.size() && begins_before(lo + stride)) {
              lo += stride;
              stride *= 2;
            }
            size_t hi = std::min(row.bars.size(), lo + stride);
            while (hi - lo > 1) {
              const size_t mid = lo + (hi - lo) / 2;
              (begins_before(mid) ? lo : hi) = mid;
            }
            x1 = std::max(ax.x(ax.bar_end(bars[row.bars[lo]])), x0 + 2);
            draw_one(lo == i ? bar : bars[row.bars[lo]], x0, x1, lo - i + 1);
            i = lo + 1;
          }
          break;
        }
        const size_t stop = std::min(row.bars.size(), (blk + 1) * WaitLanes::kBlock);
        for (size_t i = blk * WaitLanes::kBlock; i < stop; ++i) {
          const WaitBar& bar = bars[row.bars[i]];
          if (bar.begin_i >= cursor) break;
          const double b = ax.bar_begin(bar);
          const double e = ax.bar_end(bar);
          if (e < ax.v0 || b > ax.v1) continue;
          const float x0 = ax.x(b);
          const float x1 = std::max(ax.x(e), x0 + 2);
          if (x1 <= last_x + 1 && x1 - x0 < kMinPx) continue;  // folded into the last one drawn
          draw_one(bar, x0, x1, 1);
        }
      }
      y += bar_h + 2;
    }
  };
  // Names for the bars (callback names, once known).
  const QueuesModel& q = model.queues();
  const std::function<std::string(uint32_t)> timer_name = [&](uint32_t owner) {
    const auto& t = q.timers()[owner];
    std::string n(strings.get(t.name));
    return (n.empty() ? "#" + std::to_string(t.id) : n) + " (" + std::to_string(t.ms) + " ms)";
  };
  const std::function<std::string(uint32_t)> immediate_name = [&](uint32_t owner) {
    std::string n(strings.get(q.immediates()[owner].name));
    return n.empty() ? "#" + std::to_string(q.immediates()[owner].id) : n;
  };
  draw_bars(q.timer_bars(), "timers", palette::kOrange, &timer_name);
  draw_bars(q.immediate_bars(), "immediates", palette::kBluishGreen, &immediate_name);

  // --- the thread pool: each worker's work, and the requests waiting ---
  const PoolModel& pool = model.pool();
  if (!pool.requests().empty() && pool.requests().front().queued < cursor) {
    draw_bars(pool.bars(), "requests", palette::kBlue, nullptr);
    for (size_t w = 0; w < pool.workers().size(); ++w) {
      const auto& lane = pool.workers()[w];
      const float top = y + 2;
      const float bottom = top + bar_h;
      const std::string label = "worker " + std::to_string(w);
      lane_label(top - 1, bar_h + 2, label.c_str());
      for (uint32_t slot : lane) {
        const PoolRequest& r = pool.requests()[slot];
        if (r.done == kNone || r.done >= cursor) continue;
        const double b = ax.of_time(r.start_t);
        const double e = ax.time ? static_cast<double>(r.end_t) : std::max(b + 1, ax.of_time(r.end_t));
        if (e < ax.v0 || b > ax.v1) continue;
        const float x0 = ax.x(b);
        const float x1 = std::max(ax.x(e), x0 + 2);
        dl->AddRectFilled(ImVec2(x0, top), ImVec2(x1, bottom), palette::kBlue, 2.0f);
        const std::string what(strings.get(r.what));
        clipped_label(dl, ImVec2(x0, top - 1), ImVec2(x1, bottom + 1), palette::kCursor, what.c_str());
        if (hovered && mouse.x >= x0 && mouse.x < x1 && mouse.y >= top && mouse.y < bottom) {
          hover_text = what + " " + std::string(strings.get(r.detail)) + " on worker " + std::to_string(w) +
                       ": ran " + format_duration(r.end_t - r.start_t);
        }
      }
      y += bar_h + 4;
    }
  }

  tl_content_h_ = y - canvas_pos.y + 4;
  // The cursor.
  const float cx = ax.x(ax.cursor_value);
  if (cx >= ax.x0 - 1 && cx <= ax.x0 + ax.width + 1) {
    dl->AddLine(ImVec2(cx, canvas_pos.y), ImVec2(cx, canvas_pos.y + canvas_size.y), palette::kCursor, 1.5f);
  }
  // The lane labels' column.
  dl->AddLine(ImVec2(ax.x0 - 2, canvas_pos.y), ImVec2(ax.x0 - 2, canvas_pos.y + canvas_size.y),
              IM_COL32(255, 255, 255, 40));
  dl->PopClipRect();
  if (hovered && io.KeyShift && io.MouseWheel != 0.0f) {
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseWheel * row_h * 3);
  }
  ImGui::EndChild();

  // Interaction.
  if (hovered && !io.KeyShift && io.MouseWheel != 0.0f) {
    const double at = ax.value_at(std::max(ax.x0, mouse.x));
    const double factor = std::pow(1.25, -io.MouseWheel);
    tl_v0_ = at - (at - tl_v0_) * factor;
    tl_v1_ = at + (tl_v1_ - at) * factor;
    tl_fit_ = false;
  }
  if (active && ImGui::IsMouseDragging(0, 2.0f)) {
    const double dv = io.MouseDelta.x * ax.per_px();
    tl_v0_ -= dv;
    tl_v1_ -= dv;
    tl_fit_ = false;
  }
  if (hover_span != kNone) {
    const Span& s = spans[hover_span];
    ImGui::BeginTooltip();
    ImGui::Text("%s: %s", span_kind_name(s.kind), span_label(model, s, strings).c_str());
    if (s.kind == SpanKind::Callback) {
      ImGui::Text("%s #%u, scheduled by #%u", callback_kind_name(s.callback), s.id, s.cause);
    }
    ImGui::Text("events %u to %s", s.i0 + 1, s.i1 == kNone ? "(still open)" : std::to_string(s.i1 + 1).c_str());
    if (s.t1 != kOpenTime) ImGui::Text("took %s", format_duration(s.t1 - s.t0).c_str());
    if (s.kind == SpanKind::Callback) ImGui::TextDisabled("click: why did it run now?  double-click: go there");
    ImGui::EndTooltip();
    if (ImGui::IsMouseDoubleClicked(0)) {
      jump_to(s.i0);
    } else if (ImGui::IsMouseReleased(0) && io.MouseDragMaxDistanceSqr[0] < 9.0f &&
               (s.kind == SpanKind::Callback || s.kind == SpanKind::Script)) {
      select_span(hover_span);
    }
  } else if (!hover_text.empty()) {
    ImGui::SetTooltip("%s", hover_text.c_str());
  } else if (hovered && ImGui::IsMouseDoubleClicked(0)) {
    tl_fit_ = true;
  }
  tl_hover_span_ = hover_span;

  draw_legend_row();
  ImGui::End();
}

void View::draw_legend_row() {
  if (!session_) return;
  // One chip per colour, from the categories present in this trace; the
  // I/O categories (fs, pool, streams...) share one colour and one chip.
  const auto& counts = session_->model().category_counts();
  ImGui::TextDisabled("legend:");
  bool io_shown = false;
  for (size_t c = 0; c < counts.size(); ++c) {
    if (counts[c] == 0) continue;
    const auto cat = static_cast<trace::Category>(c);
    if (cat == trace::Category::callback || cat == trace::Category::process) continue;
    const bool io = palette::category(cat) == palette::kBlue;
    if (io && io_shown) continue;
    io_shown = io_shown || io;
    ImGui::SameLine();
    const std::string name = io ? std::string("I/O") : std::string(trace::category_name(cat));
    colour_chip(palette::category(cat), name.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", palette::category_meaning(cat));
  }
  if (!io_shown) {
    ImGui::SameLine();
    colour_chip(palette::phase(trace::Phase::Poll), "poll");
  }
  ImGui::SameLine();
  colour_chip(palette::dim(palette::kGrey, 0.35f), "folded");
}

}  // namespace ts::viz
