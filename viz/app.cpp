// The View's core: the frame, the window layout, keyboard shortcuts, opening
// and restarting (view.hpp). The panels are in view_<panel>.cpp.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <sstream>

#include <GLFW/glfw3.h>

#include "model/loop_state.hpp"
#include "palette.hpp"
#include "ui_util.hpp"
#include "view.hpp"

namespace ts::viz {

const char* tab_title(Tab tab) {
  switch (tab) {
    case Tab::Why: return "Why now?";
    case Tab::Modules: return "Modules";
    case Tab::Buffers: return "Buffers";
    case Tab::Events: return "Events";
    case Tab::Lesson: return "Lesson";
    case Tab::Open: return "Open";
    case Tab::Count: break;
  }
  return "";
}

bool tab_from_name(const std::string& name, Tab* out) {
  static const std::pair<const char*, Tab> kNames[] = {
      {"why", Tab::Why},       {"modules", Tab::Modules}, {"buffers", Tab::Buffers},
      {"slabs", Tab::Buffers}, {"events", Tab::Events},   {"lesson", Tab::Lesson},
      {"open", Tab::Open},     {"browser", Tab::Open}};
  for (const auto& [n, t] : kNames) {
    if (name == n) {
      *out = t;
      return true;
    }
  }
  return false;
}

View::View(const AppOptions& options) : options_(options), font_scale_(options.font_scale) {
  Tab tab;
  if (tab_from_name(options.tab, &tab)) wanted_tab_ = tab;
  if (!options.open_path.empty()) pending_open_ = options.open_path;
  std::error_code ec;
  browse_dir_ = std::filesystem::current_path(ec).string();
}

View::~View() = default;

void View::open(const std::string& path) { pending_open_ = path; }

void View::restart() { pending_restart_ = true; }

void View::apply_pending_open() {
  if (pending_restart_ && session_) {
    pending_restart_ = false;
    pending_open_ = session_->request().path;
  }
  if (pending_open_.empty()) return;
  OpenRequest request;
  request.path = pending_open_;
  request.live = options_.live;
  request.lockstep = session_ ? session_->playback().lockstep() : options_.lockstep;
  request.speed = session_ ? session_->playback().speed() : options_.speed;
  request.start_playing = options_.start_playing;
  pending_open_.clear();
  // The old session (and its runtime thread) goes first: nothing of it is
  // drawn after this point in the frame.
  session_.reset();
  session_ = std::make_unique<Session>(request);
  open_error_ = session_->ok() ? "" : session_->error();
  selected_span_ = kNone;
  follow_running_ = true;
  tl_fit_ = true;
  tl_follow_ = true;
  filter_ = EventFilter();
  filter_.set(filter_categories_, filter_text_);
  source_path_.clear();
  readme_path_.clear();
  save_path_.clear();
  save_message_.clear();
  source_last_lit_ = -1;
  console_last_cursor_ = SIZE_MAX;
  events_last_cursor_ = SIZE_MAX;
}

void View::jump_to(uint32_t event_index) {
  if (!session_ || event_index == kNone) return;
  session_->playback().go_to(static_cast<uint64_t>(event_index) + 1);
}

void View::select_span(uint32_t span) {
  selected_span_ = span;
  follow_running_ = span == kNone;
  wanted_tab_ = Tab::Why;
}

uint32_t View::explained_span() const {
  if (!session_) return kNone;
  const TraceModel& model = session_->model();
  const size_t cursor = session_->cursor();
  if (!follow_running_ && selected_span_ != kNone && selected_span_ < model.spans().size() &&
      model.spans()[selected_span_].i0 < cursor) {
    return selected_span_;
  }
  uint32_t span = model.innermost_at(cursor, SpanKind::Callback);
  if (span != kNone) return span;
  // The last callback that started before the cursor.
  const auto& spans = model.spans();
  auto it = std::lower_bound(spans.begin(), spans.end(), cursor,
                             [](const Span& s, size_t c) { return s.i0 < c; });
  for (int budget = 4096; it != spans.begin() && budget > 0; --budget) {
    --it;
    if (it->kind == SpanKind::Callback) return static_cast<uint32_t>(it - spans.begin());
  }
  return model.innermost_at(cursor, SpanKind::Script);
}

void View::key_pressed(int key, bool shift, bool ctrl) { keys_.push_back({key, shift, ctrl}); }

void View::handle_shortcuts() {
  // Keys come from a GLFW key callback (main.cpp), queued: ImGui 1.86 only
  // samples which keys are down once per frame, so a quick tap during a slow
  // frame (a software-GL frame can take 20 ms) would be lost.
  std::vector<KeyPress> keys;
  keys.swap(keys_);
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || !session_) return;
  Playback& pb = session_->playback();
  for (const KeyPress& k : keys) {
    if (k.ctrl) {
      if (k.key == GLFW_KEY_EQUAL || k.key == GLFW_KEY_KP_ADD) {
        font_scale_ = std::min(3.0f, font_scale_ + 0.125f);
        font_changed_ = true;
      } else if (k.key == GLFW_KEY_MINUS || k.key == GLFW_KEY_KP_SUBTRACT) {
        font_scale_ = std::max(0.75f, font_scale_ - 0.125f);
        font_changed_ = true;
      } else if (k.key == GLFW_KEY_0) {
        font_scale_ = 1.0f;
        font_changed_ = true;
      } else if (k.key == GLFW_KEY_Q) {
        quit_ = true;
      }
      continue;
    }
    switch (k.key) {
      case GLFW_KEY_SPACE: pb.toggle_play(); break;
      case GLFW_KEY_RIGHT: pb.step_forward(k.shift ? StepUnit::Callback : StepUnit::Event); break;
      case GLFW_KEY_LEFT: pb.step_back(k.shift ? StepUnit::Callback : StepUnit::Event); break;
      case GLFW_KEY_DOWN: pb.step_forward(StepUnit::Phase); break;
      case GLFW_KEY_UP: pb.step_back(StepUnit::Phase); break;
      case GLFW_KEY_PAGE_DOWN: pb.step_forward(StepUnit::Iteration); break;
      case GLFW_KEY_PAGE_UP: pb.step_back(StepUnit::Iteration); break;
      case GLFW_KEY_HOME: pb.go_to_start(); break;
      case GLFW_KEY_END: pb.go_to_end(); break;
      case GLFW_KEY_R: restart(); break;
      case GLFW_KEY_O: wanted_tab_ = Tab::Open; break;
      case GLFW_KEY_W: wanted_tab_ = Tab::Why; break;
      case GLFW_KEY_M: wanted_tab_ = Tab::Modules; break;
      case GLFW_KEY_B: wanted_tab_ = Tab::Buffers; break;
      case GLFW_KEY_E: wanted_tab_ = Tab::Events; break;
      case GLFW_KEY_L: pb.set_lockstep(!pb.lockstep()); break;
      case GLFW_KEY_T:
        tl_time_axis_ = !tl_time_axis_;
        tl_fit_ = true;
        break;
      case GLFW_KEY_F: tl_fit_ = true; break;
      case GLFW_KEY_F1: show_help_ = !show_help_; break;
      case GLFW_KEY_SLASH:
        if (k.shift) show_help_ = !show_help_;  // '?'
        break;
      case GLFW_KEY_EQUAL:
      case GLFW_KEY_KP_ADD: pb.set_speed(std::min(Playback::kMaxSpeed, pb.speed() * 2)); break;
      case GLFW_KEY_MINUS:
      case GLFW_KEY_KP_SUBTRACT: pb.set_speed(std::max(0.5, pb.speed() / 2)); break;
      case GLFW_KEY_ESCAPE:
        show_help_ = false;
        show_settings_ = false;
        follow_running_ = true;
        break;
      default: break;
    }
  }
}

void View::layout(ImVec2 d) {
  // Laid out for 1280x800 and anything near it: a control bar on top, the
  // loop and the queues on the left, the timeline on top right, source and
  // console below it, and a tabbed window for the rest.
  // The control bar's height is measured (it wraps at big text sizes).
  const float top = controls_h_ > 0 ? controls_h_
                                    : ImGui::GetFrameHeightWithSpacing() * 2 +
                                          ImGui::GetTextLineHeightWithSpacing() +
                                          ImGui::GetStyle().WindowPadding.y * 2 + 4;
  const float left_w = std::max(300.0f, std::floor(d.x * std::min(0.34f, 0.22f + 0.05f * font_scale_)));
  const float body_h = d.y - top;
  const float loop_h = std::floor(body_h * 0.47f);
  const float timeline_h = std::floor(body_h * 0.42f);
  const float lower_y = top + timeline_h;
  const float lower_h = d.y - lower_y;
  const float source_w = std::floor((d.x - left_w) * 0.45f);
  const float source_h = std::floor(lower_h * 0.58f);
  placements_["Event loop"] = {{0, top}, {left_w, loop_h}};
  placements_["Queues"] = {{0, top + loop_h}, {left_w, body_h - loop_h}};
  placements_["Timeline"] = {{left_w, top}, {d.x - left_w, timeline_h}};
  placements_["Source"] = {{left_w, lower_y}, {source_w, source_h}};
  placements_["Console"] = {{left_w, lower_y + source_h}, {source_w, lower_h - source_h}};
  placements_["Details"] = {{left_w + source_w, lower_y}, {d.x - left_w - source_w, lower_h}};
}

void View::begin_panel_rect(const char* name) {
  const auto it = placements_.find(name);
  if (it == placements_.end()) return;
  const ImGuiCond cond = relayout_ ? ImGuiCond_Always : ImGuiCond_FirstUseEver;
  ImGui::SetNextWindowPos(it->second.pos, cond);
  ImGui::SetNextWindowSize(it->second.size, cond);
}

void View::record_rect(const char* name) {
  const ImVec2 p = ImGui::GetWindowPos();
  const ImVec2 s = ImGui::GetWindowSize();
  rects_[name] = {p.x, p.y, s.x, s.y};
}

void View::frame(double dt) {
  apply_pending_open();
  // Reading a big trace: spend more of each frame on it (the panels are
  // mostly empty anyway); then keep frames smooth.
  if (session_) {
    const size_t backlog = session_->log().size() - session_->model().ingested();
    session_->update(dt, backlog > 100'000 ? 0.25 : 0.030);
  }
  handle_shortcuts();

  if (relayout_next_) {
    relayout_ = true;
    relayout_next_ = false;
  }
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  if (display.x != last_display_.x || display.y != last_display_.y) {
    last_display_ = display;
    relayout_ = true;
  }
  if (relayout_) layout(display);
  rects_.clear();
  probes_.clear();

  draw_controls();
  draw_loop();
  draw_timeline();
  draw_queues();
  draw_source();
  draw_console();
  draw_tabs();
  if (show_help_) draw_help();
  if (show_settings_) draw_settings();
  relayout_ = false;
}

void View::draw_tabs() {
  begin_panel_rect("Details");
  if (!ImGui::Begin("Details", nullptr, ImGuiWindowFlags_NoTitleBar | kPanelFlags)) {
    ImGui::End();
    return;
  }
  record_rect("details");
  if (ImGui::BeginTabBar("details-tabs", ImGuiTabBarFlags_FittingPolicyScroll)) {
    for (int t = 0; t < static_cast<int>(Tab::Count); ++t) {
      const Tab tab = static_cast<Tab>(t);
      const ImGuiTabItemFlags flags = wanted_tab_ == tab ? ImGuiTabItemFlags_SetSelected : 0;
      if (ImGui::BeginTabItem(tab_title(tab), nullptr, flags)) {
        current_tab_ = tab;
        ImGui::BeginChild("tab-body", ImVec2(0, 0), false);
        switch (tab) {
          case Tab::Why: draw_why(); break;
          case Tab::Modules: draw_modules(); break;
          case Tab::Buffers: draw_slabs(); break;
          case Tab::Events: draw_events(); break;
          case Tab::Lesson: draw_lesson(); break;
          case Tab::Open: draw_browser(); break;
          case Tab::Count: break;
        }
        ImGui::EndChild();
        ImGui::EndTabItem();
      }
    }
    ImGui::EndTabBar();
  }
  wanted_tab_ = Tab::Count;
  ImGui::End();
}

std::string View::layout_json() const {
  std::ostringstream out;
  const ImVec2 d = ImGui::GetIO().DisplaySize;
  out << "{\n  \"display\": [" << d.x << ", " << d.y << "],\n";
  out << "  \"font_scale\": " << font_scale_ << ",\n";
  out << "  \"tab\": " << json_quote(tab_title(current_tab_)) << ",\n";
  if (session_) {
    const TraceModel& model = session_->model();
    const size_t cursor = session_->cursor();
    const LoopState st = loop_state_at(model, cursor);
    out << "  \"events\": " << session_->log().size() << ",\n";
    out << "  \"cursor\": " << cursor << ",\n";
    if (cursor > 0) {
      const auto& e = session_->log()[cursor - 1];
      out << "  \"current_kind\": " << json_quote(trace::kind_info(e.kind).name) << ",\n";
    }
    static const char* kStages[] = {"not started", "main script", "in phase", "between phases",
                                    "exiting", "exited"};
    out << "  \"stage\": " << json_quote(kStages[static_cast<int>(st.stage)]) << ",\n";
    out << "  \"iteration\": " << st.number << ",\n";
    out << "  \"phase\": " << json_quote(std::string(trace::phase_name(st.phase))) << ",\n";
    std::string running;
    if (st.running != kNone) running = std::string(session_->strings().get(model.spans()[st.running].label));
    out << "  \"running\": " << json_quote(running) << ",\n";
    const QueuesModel& q = model.queues();
    size_t batch = 0;
    size_t waiting = 0;
    q.immediates_live().for_each_alive(cursor, [&](uint32_t s) {
      (q.immediates()[s].detached != kNone && q.immediates()[s].detached < cursor ? batch : waiting)++;
    });
    out << "  \"queues\": {\"ticks\": " << q.ticks_live().count_alive(cursor)
        << ", \"microtasks\": " << q.microtasks_live().count_alive(cursor)
        << ", \"immediates\": " << waiting << ", \"batch\": " << batch
        << ", \"timers\": " << q.timers_live().count_alive(cursor)
        << ", \"timer_lists\": " << q.lists_live().count_alive(cursor) << "},\n";
    out << "  \"console_lines\": " << model.console().lines_before(cursor) << ",\n";
    size_t slabs = 0;
    for (const auto& s : model.slabs().slabs()) slabs += s.created < cursor ? 1 : 0;
    out << "  \"slabs\": " << slabs << ",\n";
    size_t requires_seen = 0;
    for (const auto& n : model.modules().nodes()) requires_seen += n.event < cursor ? 1 : 0;
    out << "  \"requires\": " << requires_seen << ",\n";
    out << "  \"load_seconds\": " << session_->load_seconds() << ",\n";
  }
  out << "  \"panels\": {";
  bool first = true;
  for (const auto& [name, r] : rects_) {
    out << (first ? "\n" : ",\n") << "    " << json_quote(name) << ": [" << r.x << ", " << r.y
        << ", " << r.w << ", " << r.h << "]";
    first = false;
  }
  out << "\n  },\n  \"probes\": {";
  first = true;
  for (const auto& [name, p] : probes_) {
    out << (first ? "\n" : ",\n") << "    " << json_quote(name) << ": {\"x\": " << p.x
        << ", \"y\": " << p.y << ", \"rgb\": [" << ((p.colour >> IM_COL32_R_SHIFT) & 0xFF) << ", "
        << ((p.colour >> IM_COL32_G_SHIFT) & 0xFF) << ", " << ((p.colour >> IM_COL32_B_SHIFT) & 0xFF)
        << "]}";
    first = false;
  }
  out << "\n  }\n}\n";
  return out.str();
}

}  // namespace ts::viz
