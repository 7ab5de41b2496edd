// tickscope-viz: the desktop visualizer (viz/README.md).
//
//   tickscope-viz [SCRIPT.js | TRACE.jsonl] [options] [-- script args]
//
// The frame loop is Dear ImGui 1.86's example_glfw_opengl3, as it is; the
// rest of main() is the command line, fonts, and the two unattended modes:
// --screenshot (render, write a PNG of the app's own framebuffer plus a JSON
// of its panels, exit) and --bench (open a big trace, time the load and the
// frames while the timeline zooms and pans).
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "live_run.hpp"
#include "model/event_text.hpp"
#include "palette.hpp"
#include "screenshot.hpp"
#include "view.hpp"

namespace {

using namespace ts::viz;

struct Args {
  AppOptions app;
  std::string screenshot;
  int frames = 3;
  std::string step_to;
  int width = 1280;
  int height = 800;
  bool bench = false;
  int bench_frames = 600;
  bool time_axis = false;
  bool show_help = false;
  bool help = false;
};

void print_help() {
  std::puts(
      "tickscope-viz: watch Node's event loop work, step by step\n"
      "\n"
      "  tickscope-viz                     open the default lesson (lessons/00-tour/main.js)\n"
      "  tickscope-viz SCRIPT.js [-- ARGS] run a script live\n"
      "  tickscope-viz TRACE.jsonl         open a trace saved with `tickscope run --trace`\n"
      "\n"
      "options:\n"
      "  --paused            open paused at the first event (live runs play at once)\n"
      "  --speed N           events per second when playing (default 12)\n"
      "  --lockstep          hold the runtime exactly at the cursor (timers then fire late\n"
      "                      by the time you spend paused)\n"
      "  --deterministic     run the script on the virtual clock\n"
      "  --tab NAME          show a tab first: why, modules, buffers, events, lesson, open\n"
      "  --font-scale F      text size (also Ctrl+= / Ctrl+-)\n"
      "  --time-axis         timeline in time instead of event steps\n"
      "  --show-help         open the help window (keys, colours, settings) at once\n"
      "  --size WxH          window size (default 1280x800)\n"
      "  --screenshot FILE.png [--frames N] [--step-to K]\n"
      "                      step to event K (a number, or KIND[:TEXT][#N], e.g.\n"
      "                      callback.enter:firstImmediate), render N frames, write the\n"
      "                      app's framebuffer to FILE.png and its panel layout to\n"
      "                      FILE.json, and exit\n"
      "  --bench [--bench-frames N]\n"
      "                      open TRACE.jsonl, print its load time and the frame times\n"
      "                      while the timeline zooms and pans, and exit\n"
      "\n"
      "keys: Space run/pause, Right/Left one event, Shift+Right/Left one callback,\n"
      "Down/Up one phase, PageDown/PageUp one iteration, Home/End, R restart,\n"
      "+/- speed, F1 help (all of them).");
}

bool parse_args(int argc, char** argv, Args* a) {
  std::vector<std::string> v(argv + 1, argv + argc);
  for (size_t i = 0; i < v.size(); ++i) {
    const std::string& s = v[i];
    auto value = [&](const char* name) -> const std::string* {
      if (i + 1 >= v.size()) {
        std::fprintf(stderr, "tickscope-viz: %s needs a value\n", name);
        return nullptr;
      }
      return &v[++i];
    };
    if (s == "--") {
      a->app.live.args.assign(v.begin() + static_cast<long>(i) + 1, v.end());
      break;
    } else if (s == "-h" || s == "--help") {
      a->help = true;
    } else if (s == "--paused") {
      a->app.start_playing = false;
    } else if (s == "--lockstep") {
      a->app.lockstep = true;
    } else if (s == "--deterministic") {
      a->app.live.deterministic = true;
    } else if (s == "--show-help") {
      a->show_help = true;
    } else if (s == "--time-axis") {
      a->time_axis = true;
    } else if (s == "--bench") {
      a->bench = true;
    } else if (s == "--speed" || s == "--tab" || s == "--font-scale" || s == "--size" ||
               s == "--screenshot" || s == "--frames" || s == "--step-to" || s == "--bench-frames") {
      const std::string* val = value(s.c_str());
      if (val == nullptr) return false;
      if (s == "--speed") a->app.speed = std::atof(val->c_str());
      if (s == "--tab") a->app.tab = *val;
      if (s == "--font-scale") a->app.font_scale = static_cast<float>(std::atof(val->c_str()));
      if (s == "--screenshot") a->screenshot = *val;
      if (s == "--frames") a->frames = std::max(1, std::atoi(val->c_str()));
      if (s == "--step-to") a->step_to = *val;
      if (s == "--bench-frames") a->bench_frames = std::max(10, std::atoi(val->c_str()));
      if (s == "--size" && std::sscanf(val->c_str(), "%dx%d", &a->width, &a->height) != 2) {
        std::fprintf(stderr, "tickscope-viz: --size wants WxH, e.g. 1280x800\n");
        return false;
      }
    } else if (s.size() > 1 && s[0] == '-') {
      std::fprintf(stderr, "tickscope-viz: unknown option %s (see --help)\n", s.c_str());
      return false;
    } else if (a->app.open_path.empty()) {
      a->app.open_path = s;
    } else {
      a->app.live.args.push_back(s);
    }
  }
  if (a->app.font_scale < 0.5f || a->app.font_scale > 4.0f) a->app.font_scale = 1.0f;
  return true;
}

bool file_exists(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0;
}

// Where lessons/ is: beside the current directory, above the executable, or
// the source tree this binary was built from.
std::string find_source_dir(const char* argv0) {
  std::vector<std::string> candidates = {"."};
  std::error_code ec;
  const auto exe = std::filesystem::canonical("/proc/self/exe", ec);
  if (!ec) {
    candidates.push_back(exe.parent_path().string() + "/..");
    candidates.push_back(exe.parent_path().string());
  }
  (void) argv0;
  candidates.push_back(TICKSCOPE_SOURCE_DIR);
  for (const auto& c : candidates) {
    if (file_exists(c + "/lessons/00-tour/main.js")) {
      return std::filesystem::weakly_canonical(c, ec).string();
    }
  }
  return TICKSCOPE_SOURCE_DIR;
}

// Fonts: DejaVu (Debian's fonts-dejavu-core) when present, else ImGui's own.
void build_fonts(View& view, float scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  static ImVector<ImWchar> ranges;
  if (ranges.empty()) {
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    // Arrows, bullets, check marks and the symbols the panels use.
    builder.AddText("\xE2\x86\x90\xE2\x86\x92\xE2\x86\x91\xE2\x86\x93\xE2\x80\xA2\xE2\x80\xA6"
                    "\xE2\x9C\x93\xE2\x9C\x97\xE2\x8F\x8E\xE2\x96\xB6\xE2\x8F\xB8\xE2\x97\x8F"
                    "\xE2\x80\x94\xE2\x80\x93\xE2\x86\xBA\xE2\x96\xA0\xE2\x96\xB2\xE2\x96\xBC"
                    "\xE2\x87\xA5\xE2\x87\xA4\xE2\x8F\xAD\xE2\x8F\xAE\xE2\x89\xA4\xE2\x89\xA5");
    builder.BuildRanges(&ranges);
  }
  const char* sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  const char* mono = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";
  const char* bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
  ImFontConfig cfg;
  cfg.OversampleH = 2;
  cfg.OversampleV = 1;
  auto load = [&](const char* path, float px) -> ImFont* {
    if (file_exists(path)) return io.Fonts->AddFontFromFileTTF(path, px, &cfg, ranges.Data);
    ImFontConfig def;
    def.SizePixels = std::round(13.0f * px / 15.0f);
    return io.Fonts->AddFontDefault(&def);
  };
  // Chinese (the lessons come from a Chinese book) from Droid Sans Fallback,
  // merged into the text fonts when it is installed (fonts-droid-fallback).
  const char* cjk = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
  auto merge_cjk = [&](float px) {
    if (!file_exists(cjk)) return;
    ImFontConfig merge;
    merge.MergeMode = true;
    merge.OversampleH = 1;
    merge.PixelSnapH = true;
    io.Fonts->AddFontFromFileTTF(cjk, px, &merge, io.Fonts->GetGlyphRangesChineseSimplifiedCommon());
  };
  ImFont* ui = load(sans, std::round(15.0f * scale));
  merge_cjk(std::round(15.0f * scale));
  ImFont* code = load(mono, std::round(14.0f * scale));
  merge_cjk(std::round(14.0f * scale));
  ImFont* big = load(file_exists(bold) ? bold : sans, std::round(17.0f * scale));
  io.FontDefault = ui;
  view.set_fonts(ui, code, big);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  palette::apply_style(scale);
}

// --step-to: an event number, or KIND[:TEXT][#N] (the N-th event of KIND
// whose string fields contain TEXT). Returns the cursor, or 0 if not found.
size_t resolve_step_to(const std::string& spec, const Session& s) {
  if (!spec.empty() && std::all_of(spec.begin(), spec.end(), ::isdigit)) {
    return static_cast<size_t>(std::strtoull(spec.c_str(), nullptr, 10));
  }
  std::string kind_name = spec;
  std::string text;
  int nth = 1;
  const size_t hash = kind_name.rfind('#');
  if (hash != std::string::npos) {
    nth = std::max(1, std::atoi(kind_name.c_str() + hash + 1));
    kind_name.resize(hash);
  }
  const size_t colon = kind_name.find(':');
  if (colon != std::string::npos) {
    text = kind_name.substr(colon + 1);
    kind_name.resize(colon);
  }
  ts::trace::EventKind kind;
  if (!ts::trace::kind_from_name(kind_name, &kind)) return 0;
  std::string lower = text;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto& log = s.log();
  for (size_t i = 0; i < log.size(); ++i) {
    if (log[i].kind != kind) continue;
    if (!lower.empty()) {
      // Match the string fields only (not the kind's own name).
      const auto& info = ts::trace::kind_info(kind);
      bool hit = false;
      for (size_t f = 0; f < info.field_count && !hit; ++f) {
        if (info.fields[f].type != ts::trace::FieldType::S) continue;
        std::string v(s.strings().get(static_cast<uint32_t>(log[i].arg[f])));
        for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        hit = v.find(lower) != std::string::npos;
      }
      if (!hit) continue;
    }
    if (--nth == 0) return i + 1;
  }
  return 0;
}

long rss_kb(const char* field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field, 0) == 0) return std::atol(line.c_str() + std::strlen(field));
  }
  return 0;
}

View* g_view = nullptr;
int g_lively_frames = 10;  // frames to draw at full rate after anything happened

// Installed before ImGui's GLFW backend, which chains to it: every press and
// repeat reaches the shortcuts, however slow the frame.
void on_key(GLFWwindow*, int key, int, int action, int mods) {
  g_lively_frames = 10;
  if (g_view != nullptr && (action == GLFW_PRESS || action == GLFW_REPEAT)) {
    g_view->key_pressed(key, (mods & GLFW_MOD_SHIFT) != 0, (mods & GLFW_MOD_CONTROL) != 0);
  }
}

void glfw_error(int code, const char* text) {
  std::fprintf(stderr, "tickscope-viz: GLFW error %d: %s\n", code, text);
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, &args)) return 2;
  if (args.help) {
    print_help();
    return 0;
  }
  const char* display = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  if ((display == nullptr || *display == '\0') && (wayland == nullptr || *wayland == '\0')) {
    std::fprintf(stderr,
                 "tickscope-viz: no display (DISPLAY is not set), so there is no window to open.\n"
                 "  Run a script headless:   tickscope run SCRIPT.js --summary\n"
                 "  Or under a virtual X:    xvfb-run -a tickscope-viz ...\n");
    return 3;
  }
  // Like node: a write to a closed pipe (a child that went away) fails with
  // EPIPE instead of killing the process.
  std::signal(SIGPIPE, SIG_IGN);
  args.app.source_dir = find_source_dir(argv[0]);
  {
    // process.execPath, which fork() runs: the tickscope beside this binary.
    std::error_code ec;
    const auto exe = std::filesystem::canonical("/proc/self/exe", ec);
    const std::string sibling = ec ? std::string() : (exe.parent_path() / "tickscope").string();
    args.app.live.exec_path = file_exists(sibling) ? sibling : "tickscope";
  }
  if (args.app.open_path.empty()) args.app.open_path = args.app.source_dir + "/lessons/00-tour/main.js";
  const bool unattended = !args.screenshot.empty() || args.bench;
  if (unattended) args.app.start_playing = false;

  glfwSetErrorCallback(glfw_error);
  if (!glfwInit()) {
    std::fprintf(stderr, "tickscope-viz: cannot initialise GLFW (is the display %s reachable?)\n",
                 display ? display : "");
    return 3;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_RESIZABLE, unattended ? GLFW_FALSE : GLFW_TRUE);
  GLFWwindow* window = glfwCreateWindow(args.width, args.height, "tickscope", nullptr, nullptr);
  if (window == nullptr) {
    std::fprintf(stderr, "tickscope-viz: cannot create an OpenGL 3.3 window\n");
    glfwTerminate();
    return 3;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(unattended ? 0 : 1);

  glfwSetKeyCallback(window, on_key);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is computed, never saved
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");

  View view(args.app);
  g_view = &view;
  if (args.time_axis) view.set_timeline_time_axis(true);
  if (args.show_help) view.show_help();
  build_fonts(view, view.font_scale());

  // Unattended runs: what to wait for, and what to measure.
  enum class Stage { Load, Step, Render, Done } stage = Stage::Load;
  int frames_left = args.frames;
  int exit_code = 0;
  const auto start = std::chrono::steady_clock::now();
  auto seconds_since_start = [&start] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  size_t step_target = 0;
  std::vector<double> frame_ms;
  size_t max_vertices = 0;
  size_t max_commands = 0;
  double load_seconds = 0;
  int bench_frame = 0;

  auto last = std::chrono::steady_clock::now();
  while (!glfwWindowShouldClose(window) && !view.quit_requested()) {
    // Nothing moving (paused, the run over, no input): sleep until an event
    // or a tenth of a second, instead of drawing the same frame 60 times a
    // second on the CPU.
    Session* current = view.session();
    const bool busy = unattended || current == nullptr || !current->finished() ||
                      current->playback().playing() || current->playback().seeking();
    if (busy || g_lively_frames > 0) {
      glfwPollEvents();
    } else {
      glfwWaitEventsTimeout(0.1);
    }
    if (view.font_changed()) {
      build_fonts(view, view.font_scale());
      view.font_rebuilt();
    }
    const auto now = std::chrono::steady_clock::now();
    const double dt = std::chrono::duration<double>(now - last).count();
    last = now;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();

    // Unattended: move the cursor before the panels draw.
    Session* session = view.session();
    if (unattended && session != nullptr) {
      // A live run that never ends is good enough once the event to step to
      // has been recorded.
      if (stage == Stage::Load && !session->finished() && !args.step_to.empty() && !args.bench &&
          resolve_step_to(args.step_to, *session) != 0 &&
          session->model().ingested() >= resolve_step_to(args.step_to, *session)) {
        stage = Stage::Step;
      }
      // A run that does not end (or not soon): once the runtime waits at its
      // gate with everything recorded read, or after 20 s, show what there is.
      if (stage == Stage::Load && !args.bench && session->live() && !session->finished() &&
          ((session->status().find("held") != std::string::npos &&
            session->model().ingested() >= session->log().size()) ||
           seconds_since_start() > 20)) {
        stage = Stage::Step;
      }
      if (stage == Stage::Load && session->finished() && session->load_seconds() > 0) {
        load_seconds = session->load_seconds();
        stage = args.bench ? Stage::Render : Stage::Step;
        if (args.bench) {
          std::printf("loaded %zu events in %.3f s (RSS %.0f MB)\n", session->log().size(),
                      load_seconds, static_cast<double>(rss_kb("VmRSS:")) / 1024.0);
          view.fit_timeline();
        }
      }
      if (stage == Stage::Load && !session->ok()) {
        std::fprintf(stderr, "tickscope-viz: %s\n", session->error().c_str());
        exit_code = 1;
        break;
      }
      if (stage == Stage::Step) {
        if (!args.step_to.empty()) {
          step_target = resolve_step_to(args.step_to, *session);
          if (step_target == 0) {
            std::fprintf(stderr, "tickscope-viz: --step-to %s: no such event\n", args.step_to.c_str());
            exit_code = 1;
            break;
          }
          session->playback().go_to(step_target);
        } else {
          session->playback().go_to_end();
        }
        stage = Stage::Render;
      }
      if (seconds_since_start() > 60 && stage == Stage::Load) {
        std::fprintf(stderr, "tickscope-viz: gave up waiting for the run to finish\n");
        exit_code = 1;
        break;
      }
    }

    view.frame(dt);
    {
      const ImGuiIO& in = ImGui::GetIO();
      bool input = in.MouseDelta.x != 0 || in.MouseDelta.y != 0 || in.MouseWheel != 0 ||
                   ImGui::IsAnyItemActive() || !in.InputQueueCharacters.empty();
      for (bool down : in.MouseDown) input = input || down;
      for (bool down : in.KeysDown) input = input || down;
      g_lively_frames = input ? 10 : std::max(0, g_lively_frames - 1);
    }

    if (args.bench && stage == Stage::Render && session != nullptr) {
      // Scripted zoom and pan over the whole trace (events axis):
      // a quarter at full view, then zooming in 1000x, panning, zooming out.
      // In the timeline's units: event steps, or ns from the first event.
      const auto& log = session->log();
      const double origin = view.timeline_time_axis() && log.size() > 0 ? static_cast<double>(log[0].t) : 0.0;
      const double total =
          view.timeline_time_axis() && log.size() > 0
              ? std::max(1.0, static_cast<double>(log[log.size() - 1].t) - origin)
              : static_cast<double>(std::max<size_t>(1, log.size()));
      const int n = args.bench_frames;
      const double f = static_cast<double>(bench_frame % n) / n;
      double v0 = 0, v1 = total;
      if (f < 0.25) {
        v0 = 0;
        v1 = total;
      } else if (f < 0.5) {
        const double z = std::pow(1000.0, (f - 0.25) / 0.25);
        const double centre = total * 0.5;
        v0 = centre - total / z / 2;
        v1 = centre + total / z / 2;
      } else if (f < 0.75) {
        const double w = total / 50;
        v0 = (total - w) * (f - 0.5) / 0.25;
        v1 = v0 + w;
      } else {
        const double z = std::pow(1000.0, (1.0 - f) / 0.25);
        v0 = total * 0.5 - total / z / 2;
        v1 = total * 0.5 + total / z / 2;
      }
      view.set_timeline_range(origin + v0, origin + v1);
    }

    ImGui::Render();
    int fb_w, fb_h;
    glfwGetFramebufferSize(window, &fb_w, &fb_h);
    glViewport(0, 0, fb_w, fb_h);
    const ImVec4 bg = palette::vec(palette::kPanel);  // the panels' background (kPanelFlags)
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    max_vertices = std::max(max_vertices, static_cast<size_t>(ImGui::GetDrawData()->TotalVtxCount));
    {
      size_t cmds = 0;
      for (int l = 0; l < ImGui::GetDrawData()->CmdListsCount; ++l) cmds += ImGui::GetDrawData()->CmdLists[l]->CmdBuffer.Size;
      max_commands = std::max(max_commands, cmds);
    }

    if (!args.screenshot.empty() && stage == Stage::Render) {
      // The cursor may still be catching up with a live run (a step target
      // beyond what is recorded): wait for it, then render N frames.
      const bool arrived = session == nullptr || step_target == 0 ||
                           session->cursor() >= std::min(step_target, session->log().size()) ||
                           session->finished();
      if (arrived && --frames_left <= 0) {
        std::string error;
        if (!save_framebuffer_png(args.screenshot, fb_w, fb_h, &error)) {
          std::fprintf(stderr, "tickscope-viz: %s\n", error.c_str());
          exit_code = 1;
        } else {
          std::string json_path = args.screenshot;
          const size_t dot = json_path.rfind(".png");
          json_path = (dot == std::string::npos ? json_path : json_path.substr(0, dot)) + ".json";
          write_text_file(json_path, view.layout_json());
          std::printf("wrote %s and %s (cursor %zu of %zu events)\n", args.screenshot.c_str(),
                      json_path.c_str(), session ? session->cursor() : 0,
                      session ? session->log().size() : 0);
        }
        stage = Stage::Done;
      }
    }
    glfwSwapBuffers(window);

    if (args.bench && stage == Stage::Render) {
      glFinish();
      const auto t = std::chrono::steady_clock::now();
      static auto prev = t;
      if (bench_frame > 0) frame_ms.push_back(std::chrono::duration<double, std::milli>(t - prev).count());
      prev = t;
      if (++bench_frame > args.bench_frames) stage = Stage::Done;
    }
    if (stage == Stage::Done) break;
  }

  if (args.bench && !frame_ms.empty()) {
    std::vector<double> sorted = frame_ms;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2];
    const double p95 = sorted[std::min(sorted.size() - 1, sorted.size() * 95 / 100)];
    const double worst = sorted.back();
    double sum = 0;
    for (double x : frame_ms) sum += x;
    std::printf("frames: %zu at %dx%d, zooming 1000x and panning across the timeline\n",
                frame_ms.size(), args.width, args.height);
    std::printf("frame time: median %.2f ms, p95 %.2f ms, worst %.2f ms; mean %.1f FPS (median %.0f FPS)\n",
                median, p95, worst, 1000.0 * frame_ms.size() / sum, 1000.0 / median);
    std::printf("draw data: at most %zu vertices and %zu draw calls in a frame\n", max_vertices, max_commands);
    std::printf("memory: RSS %.0f MB, peak %.0f MB\n", static_cast<double>(rss_kb("VmRSS:")) / 1024.0,
                static_cast<double>(rss_kb("VmHWM:")) / 1024.0);
  }

  g_view = nullptr;
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  if (LiveRun::leaked_runs() > 0) {
    // A run that never reached its gate (a busy loop) still holds a thread:
    // leave without waiting for it.
    std::fflush(stdout);
    std::_Exit(exit_code);
  }
  return exit_code;
}
