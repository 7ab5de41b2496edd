// View: the visualizer's UI. One class, split by panel across files (Tracy's
// View / TracyView_<Panel>.cpp): app.cpp has the frame, the layout, the
// keyboard shortcuts and opening files; each view_<panel>.cpp draws one
// panel and only *reads* the model (viz/model), asking the View to act
// (move the cursor, select a callback, open a file).
//
// Panels and their files:
//   view_controls.cpp  the control bar: run, pause, steps, speed, the cursor
//   view_loop.cpp      the loop: the seven phases as a ring, counts, poll timeout, alive
//   view_timeline.cpp  the timeline: nested spans, waiting bars, thread pool
//   view_queues.cpp    nextTick, microtask and immediate queues, timer lists
//   view_modules.cpp   the require() resolution tree
//   view_slabs.cpp     the Buffer slab map
//   view_console.cpp   console output, linked to its events
//   view_source.cpp    the script, with the running callback's line lit
//   view_events.cpp    the event list, filtered and searched
//   view_why.cpp       "why did this run now?"
//   view_browser.cpp   the lesson and file browser
//   view_lesson.cpp    the lesson's README
//   view_help.cpp      keyboard shortcuts, the legend, settings
#pragma once

#include <imgui.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/event_filter.hpp"
#include "session.hpp"

namespace ts::viz {

struct AppOptions {
  std::string open_path;      // script or trace to open first
  std::string source_dir;     // where lessons/ is
  LiveOptions live;
  bool lockstep = false;
  bool start_playing = true;
  double speed = 12;
  std::string tab;            // the right-hand tab to show first
  float font_scale = 1.0f;
};

// The panels tile the window (layout() places them; they do not move), and
// draw no background: the frame is cleared to the panel colour instead, one
// blended full-screen layer less for software GL (llvmpipe under Xvfb).
constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoBackground |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus;

// The tabs of the right-hand window.
enum class Tab : int { Why, Modules, Buffers, Events, Lesson, Open, Count };
const char* tab_title(Tab tab);
bool tab_from_name(const std::string& name, Tab* out);

// A rectangle the screenshot test checks (a panel) and a point whose colour
// it checks (something the app drew there on purpose).
struct ShotRect {
  float x, y, w, h;
};
struct ShotProbe {
  float x, y;
  ImU32 colour;
};

class View {
 public:
  explicit View(const AppOptions& options);
  ~View();

  // Between ImGui::NewFrame() and ImGui::Render().
  void frame(double dt_seconds);

  // Opens a script (live) or a trace at the start of the next frame.
  void open(const std::string& path);
  void restart();
  Session* session() { return session_.get(); }

  // The font scale the user asked for; main.cpp rebuilds the fonts.
  float font_scale() const { return font_scale_; }
  bool font_changed() const { return font_changed_; }
  void font_rebuilt() { font_changed_ = false; relayout_ = true; }
  void set_fonts(ImFont* ui, ImFont* mono, ImFont* big) {
    font_ui_ = ui;
    font_mono_ = mono;
    font_big_ = big;
  }

  // For --screenshot and --bench.
  void select_tab(Tab tab) { wanted_tab_ = tab; }
  void set_timeline_range(double v0, double v1) {
    tl_v0_ = v0;
    tl_v1_ = v1;
    tl_fit_ = false;
    tl_follow_ = false;
  }
  void fit_timeline() { tl_fit_ = true; }
  bool timeline_time_axis() const { return tl_time_axis_; }
  void set_timeline_time_axis(bool on) { tl_time_axis_ = on; }
  // The panel rectangles and probes of the last frame, as JSON.
  std::string layout_json() const;
  bool quit_requested() const { return quit_; }
  // A key press (GLFW key code), queued for the next frame's shortcuts.
  void key_pressed(int key, bool shift, bool ctrl);
  void show_help() { show_help_ = true; }

 private:
  // app.cpp
  void apply_pending_open();
  void handle_shortcuts();
  void layout(ImVec2 display);
  void begin_panel_rect(const char* name);
  void record_rect(const char* name);
  void probe(const char* name, ImVec2 pos, ImU32 colour) { probes_[name] = {pos.x, pos.y, colour}; }
  void jump_to(uint32_t event_index);  // cursor = index + 1 (that event is the current one)
  void select_span(uint32_t span);
  uint32_t explained_span() const;

  // Panels (one file each).
  void draw_controls();
  void draw_loop();
  void draw_timeline();
  void draw_queues();
  void draw_modules();
  void draw_slabs();
  void draw_console();
  void draw_source();
  void draw_events();
  void draw_why();
  void draw_browser();
  void draw_lesson();
  void draw_help();
  void draw_legend_row();
  void draw_settings();
  void draw_tabs();

  // --- state ---
  AppOptions options_;
  std::unique_ptr<Session> session_;
  std::string pending_open_;
  bool pending_restart_ = false;
  std::string open_error_;
  bool quit_ = false;

  float font_scale_ = 1.0f;
  bool font_changed_ = false;
  ImFont* font_ui_ = nullptr;
  ImFont* font_mono_ = nullptr;
  ImFont* font_big_ = nullptr;

  // Layout: computed for the display size, applied with ImGuiCond_Always
  // when it changes (no docking in ImGui 1.86: windows are placed by hand).
  struct Placement {
    ImVec2 pos, size;
  };
  std::map<std::string, Placement> placements_;
  ImVec2 last_display_{0, 0};
  float controls_h_ = 0;  // measured: the control bar wraps at big text sizes
  bool relayout_ = true;
  bool relayout_next_ = false;
  std::map<std::string, ShotRect> rects_;
  std::map<std::string, ShotProbe> probes_;
  Tab current_tab_ = Tab::Why;
  Tab wanted_tab_ = Tab::Count;

  // Selection (the why panel explains it).
  uint32_t selected_span_ = kNone;
  bool follow_running_ = true;

  // Timeline.
  bool tl_time_axis_ = false;
  bool tl_fit_ = true;
  bool tl_follow_ = true;
  double tl_v0_ = 0, tl_v1_ = 1;
  uint32_t tl_hover_span_ = kNone;
  float tl_content_h_ = 0;  // the lanes' height last frame (for the scroll range)

  // Event list.
  EventFilter filter_;
  CategoryMask filter_categories_ = CategoryMask().set();
  std::string filter_text_;
  bool events_follow_ = true;
  size_t events_last_cursor_ = SIZE_MAX;

  // Source panel cache.
  std::string source_path_;
  std::vector<std::string> source_lines_;
  bool source_missing_ = false;
  int source_scroll_to_ = -1;
  int source_last_lit_ = -1;

  // Console.
  size_t console_last_cursor_ = SIZE_MAX;

  // Lesson README cache.
  std::string readme_path_;
  std::vector<std::string> readme_lines_;

  // Browser.
  std::string browse_dir_;
  std::string browse_path_;
  std::vector<std::string> lessons_;
  std::string save_path_;
  std::string save_message_;

  bool show_help_ = false;
  bool show_settings_ = false;
  struct KeyPress {
    int key;
    bool shift, ctrl;
  };
  std::vector<KeyPress> keys_;
};

}  // namespace ts::viz
