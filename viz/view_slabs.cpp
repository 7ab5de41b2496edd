// The Buffer slab map: each 8 KiB slab of Buffer's pool as a strip of bytes.
// Every pooled Buffer is a coloured slice [offset, offset + size), followed
// by the padding that aligns the next slice to 8 bytes (hatched grey); a
// retired slab shows the tail nobody can use (vermillion, "wasted"); the
// slice taken by the current event is outlined. Below: Buffers with memory of
// their own (Buffer.alloc's zero-filled memory, big allocUnsafe, the slow
// ones), apart from the pool, and the external-memory counter.
#include <algorithm>
#include <cmath>

#include "model/event_text.hpp"
#include "palette.hpp"
#include "ui_util.hpp"
#include "view.hpp"

namespace ts::viz {

namespace {

void hatch(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour) {
  dl->PushClipRect(a, b, true);
  const float h = b.y - a.y;
  for (float x = a.x - h; x < b.x; x += 5) dl->AddLine(ImVec2(x, b.y), ImVec2(x + h, a.y), colour);
  dl->PopClipRect();
}

}  // namespace

void View::draw_slabs() {
  if (!session_) return;
  const TraceModel& model = session_->model();
  const SlabsModel& slabs = model.slabs();
  const trace::StringTable& strings = session_->strings();
  const size_t cursor = std::min(session_->cursor(), model.ingested());
  const uint32_t current = cursor > 0 ? static_cast<uint32_t>(cursor - 1) : kNone;

  ImGui::Text("external memory: %lld bytes", static_cast<long long>(slabs.external_at(cursor)));
  ImGui::SameLine();
  help_marker("Buffer.allocUnsafe and Buffer.from below 4096 bytes (half of Buffer.poolSize) slice "
              "an 8 KiB slab instead of allocating: each slice starts on an 8-byte boundary. When a "
              "request does not fit in what is left, the slab is retired and its tail is wasted; "
              "a retired slab lives as long as any of its slices (a 10-byte Buffer can keep 8 KiB "
              "alive). Buffer.alloc (zero-filled), big requests and allocUnsafeSlow get memory of "
              "their own.");

  size_t count = 0;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float font = ImGui::GetFontSize();
  const float strip_h = std::floor(font * 1.6f);
  const auto& all = slabs.slabs();
  for (size_t k = 0; k < all.size(); ++k) {
    const Slab& slab = all[k];
    if (slab.created >= cursor) break;
    ++count;
    size_t buffers = 0;
    uint32_t reached = 0;
    for (const SlabSlice& s : slab.slices) {
      if (s.event >= cursor) break;
      ++buffers;
      reached = s.offset + s.size + s.padding;
    }
    const bool retired = slab.retired != kNone && slab.retired < cursor;
    const bool released = slab.released != kNone && slab.released < cursor;
    ImGui::Text("slab #%u", slab.id);
    ImGui::SameLine();
    ImGui::TextDisabled("%u bytes, %zu buffer%s, %u used, %u free%s", slab.size, buffers,
                        buffers == 1 ? "" : "s", reached,
                        retired ? 0u : (slab.size > reached ? slab.size - reached : 0u),
                        released ? ", freed by the GC" : (retired ? ", retired" : ", the current slab"));
    // The strip.
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = std::max(50.0f, ImGui::GetContentRegionAvail().x - 2);
    const float scale = w / static_cast<float>(std::max<uint32_t>(1, slab.size));
    const ImVec2 end(p.x + w, p.y + strip_h);
    dl->AddRectFilled(p, end, IM_COL32(48, 48, 56, 255));
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    std::string tip;
    size_t i = 0;
    float widest = 0;
    for (const SlabSlice& s : slab.slices) {
      if (s.event >= cursor) break;
      const float x0 = p.x + static_cast<float>(s.offset) * scale;
      const float x1 = p.x + static_cast<float>(s.offset + s.size) * scale;
      const float x2 = p.x + static_cast<float>(s.offset + s.size + s.padding) * scale;
      const ImU32 colour = palette::cycle(i++);
      dl->AddRectFilled(ImVec2(x0, p.y), ImVec2(std::max(x1, x0 + 1), end.y), colour);
      // The screenshot test looks for the widest slice's colour.
      if (k == 0 && x1 - x0 > widest) {
        widest = x1 - x0;
        probe("slabs.slice", ImVec2(x0 + 2, p.y + 2), colour);
      }
      if (s.padding > 0) hatch(dl, ImVec2(x1, p.y), ImVec2(std::max(x2, x1 + 1), end.y), palette::kGrey);
      if (x1 - x0 > font * 2.5f) {
        const std::string label = std::to_string(s.size);
        clipped_label(dl, ImVec2(x0, p.y), ImVec2(x1, end.y), palette::text_on(colour), label.c_str());
      }
      if (s.event == current) {
        dl->AddRect(ImVec2(x0 - 1, p.y - 1), ImVec2(std::max(x2, x0 + 2) + 1, end.y + 1), palette::kCursor, 0, 0, 2.0f);
      }
      if (mouse.x >= x0 && mouse.x < std::max(x2, x0 + 1) && mouse.y >= p.y && mouse.y < end.y) {
        tip = "Buffer #" + std::to_string(s.buffer) + ": bytes " + std::to_string(s.offset) + " to " +
              std::to_string(s.offset + s.size) + " (" + std::to_string(s.size) + " bytes, via " +
              std::string(strings.get(s.api)) + ")" +
              (s.padding ? "\nthen " + std::to_string(s.padding) + " bytes of padding (the next slice starts at a multiple of 8)" : "");
      }
    }
    if (retired && slab.wasted > 0) {
      const float x0 = p.x + static_cast<float>(slab.size - slab.wasted) * scale;
      dl->AddRectFilled(ImVec2(x0, p.y), end, palette::dim(palette::kVermillion, 0.55f));
      hatch(dl, ImVec2(x0, p.y), end, palette::kVermillion);
      clipped_label(dl, ImVec2(x0, p.y), end, palette::kCursor, ("wasted " + std::to_string(slab.wasted)).c_str());
      if (mouse.x >= x0 && mouse.x < end.x && mouse.y >= p.y && mouse.y < end.y) {
        tip = std::to_string(slab.wasted) + " bytes wasted: a request of " + std::to_string(slab.request) +
              " bytes did not fit, so the pool took a new slab";
      }
    }
    if (released) dl->AddRectFilled(p, end, IM_COL32(28, 28, 32, 150));
    dl->AddRect(p, end, IM_COL32(255, 255, 255, 60));
    ImGui::Dummy(ImVec2(w, strip_h + 4));
    if (!tip.empty() && ImGui::IsWindowHovered()) ImGui::SetTooltip("%s", tip.c_str());
  }
  if (count == 0) ImGui::TextDisabled("No slab yet: the pool makes its first one at the first small Buffer.");

  // Buffers outside the pool.
  std::vector<const OwnBuffer*> own;
  for (const OwnBuffer& b : slabs.own_buffers()) {
    if (b.event < cursor) own.push_back(&b);
  }
  ImGui::Spacing();
  section("not from the pool", palette::kVermillion, own.size());
  uint32_t biggest = 1;
  for (const OwnBuffer* b : own) biggest = std::max(biggest, b->size);
  const size_t first = own.size() > 40 ? own.size() - 40 : 0;
  for (size_t i = first; i < own.size(); ++i) {
    const OwnBuffer& b = *own[i];
    const bool freed = b.freed != kNone && b.freed < cursor;
    const std::string path(strings.get(b.path));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x * 0.35f;
    const float len = std::max(2.0f, w * std::log1p(static_cast<float>(b.size)) / std::log1p(static_cast<float>(biggest)));
    const ImU32 colour = path == "zeroed" ? palette::kSkyBlue : (path == "slow" ? palette::kOrange : palette::kVermillion);
    dl->AddRectFilled(ImVec2(p.x, p.y + 2), ImVec2(p.x + len, p.y + font), freed ? palette::dim(colour, 0.7f) : colour, 2.0f);
    if (b.event == current) dl->AddRect(ImVec2(p.x - 1, p.y + 1), ImVec2(p.x + len + 1, p.y + font + 1), palette::kCursor, 2.0f, 0, 2.0f);
    ImGui::Dummy(ImVec2(w, font));
    ImGui::SameLine();
    ImGui::Text("#%u: %u bytes, %s (%s)%s", b.id, b.size, path.c_str(),
                std::string(strings.get(b.api)).c_str(), freed ? ", freed" : "");
  }
}

}  // namespace ts::viz
