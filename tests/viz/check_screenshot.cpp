// Checks a screenshot the visualizer wrote (tickscope-viz --screenshot):
// the PNG is read back with stb_image, the JSON the app wrote beside it says
// where its panels were and where it drew known colours (probes).
//
//   check_screenshot SHOT.png [--panel NAME]... [--probe NAME[=R,G,B]]...
//                    [--expect KEY=VALUE]...
//
//   --panel   the panel exists, lies on screen, is not tiny, overlaps no other
//             panel, and is not blank (enough distinct colours inside)
//   --probe   the pixel at the probe is the colour the app says it drew there
//             (within a tolerance), and the given colour if one is given
//   --expect  a value of the JSON's state: "phase=check", "queues.ticks=2"
// Also always: the image is the display's size and is not blank.
#include <stb_image.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace {

int failures = 0;

void fail(const std::string& what) {
  std::fprintf(stderr, "FAIL: %s\n", what.c_str());
  ++failures;
}

struct Image {
  int w = 0, h = 0;
  std::vector<unsigned char> rgb;
  const unsigned char* at(int x, int y) const { return &rgb[(static_cast<size_t>(y) * w + x) * 3]; }
};

// Distinct colours in a rectangle (sampled every other pixel).
size_t distinct_colours(const Image& img, int x0, int y0, int x1, int y1) {
  std::set<uint32_t> seen;
  for (int y = std::max(0, y0); y < std::min(img.h, y1); y += 2) {
    for (int x = std::max(0, x0); x < std::min(img.w, x1); x += 2) {
      const unsigned char* p = img.at(x, y);
      seen.insert((static_cast<uint32_t>(p[0]) << 16) | (p[1] << 8) | p[2]);
      if (seen.size() > 4096) return seen.size();
    }
  }
  return seen.size();
}

bool parse_rgb(const std::string& s, int out[3]) {
  return std::sscanf(s.c_str(), "%d,%d,%d", &out[0], &out[1], &out[2]) == 3;
}

int colour_distance(const unsigned char* p, const int rgb[3]) {
  return std::max({std::abs(p[0] - rgb[0]), std::abs(p[1] - rgb[1]), std::abs(p[2] - rgb[2])});
}

// The best match among the pixels around (x, y): anti-aliasing and rounding
// move edges by a pixel.
int nearest_distance(const Image& img, int x, int y, const int rgb[3]) {
  int best = 1000;
  for (int dy = -1; dy <= 1; ++dy) {
    for (int dx = -1; dx <= 1; ++dx) {
      const int px = x + dx;
      const int py = y + dy;
      if (px < 0 || py < 0 || px >= img.w || py >= img.h) continue;
      best = std::min(best, colour_distance(img.at(px, py), rgb));
    }
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: check_screenshot SHOT.png [--panel NAME] [--probe NAME[=R,G,B]] [--expect K=V]\n");
    return 2;
  }
  const std::string png = argv[1];
  std::string json_path = png.substr(0, png.rfind(".png")) + ".json";
  std::vector<std::string> panels, probes, expects;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string opt = argv[i];
    if (opt == "--panel") panels.push_back(argv[i + 1]);
    else if (opt == "--probe") probes.push_back(argv[i + 1]);
    else if (opt == "--expect") expects.push_back(argv[i + 1]);
    else {
      std::fprintf(stderr, "unknown option %s\n", opt.c_str());
      return 2;
    }
  }

  Image img;
  int channels = 0;
  unsigned char* data = stbi_load(png.c_str(), &img.w, &img.h, &channels, 3);
  if (data == nullptr) {
    fail("cannot read " + png);
    return 1;
  }
  img.rgb.assign(data, data + static_cast<size_t>(img.w) * img.h * 3);
  stbi_image_free(data);

  nlohmann::json j;
  try {
    std::ifstream in(json_path);
    j = nlohmann::json::parse(in);
  } catch (const std::exception& e) {
    fail("cannot read " + json_path + ": " + e.what());
    return 1;
  }

  // The image is the app's whole framebuffer, and not blank.
  if (j["display"][0].get<int>() != img.w || j["display"][1].get<int>() != img.h) {
    fail("image is " + std::to_string(img.w) + "x" + std::to_string(img.h) + ", not the display size");
  }
  const size_t colours = distinct_colours(img, 0, 0, img.w, img.h);
  if (colours < 200) fail("the image looks blank: " + std::to_string(colours) + " distinct colours");

  // Panels: on screen, big enough, not overlapping, not empty.
  struct Rect {
    std::string name;
    double x, y, w, h;
  };
  std::vector<Rect> rects;
  for (const std::string& name : panels) {
    if (!j["panels"].contains(name)) {
      fail("panel '" + name + "' was not drawn");
      continue;
    }
    const auto& r = j["panels"][name];
    Rect rect{name, r[0].get<double>(), r[1].get<double>(), r[2].get<double>(), r[3].get<double>()};
    if (rect.x < -1 || rect.y < -1 || rect.x + rect.w > img.w + 1 || rect.y + rect.h > img.h + 1) {
      fail("panel '" + name + "' is partly off screen");
    }
    if (rect.w < 120 || rect.h < 60) fail("panel '" + name + "' is too small");
    const size_t inside = distinct_colours(img, static_cast<int>(rect.x) + 2, static_cast<int>(rect.y) + 2,
                                           static_cast<int>(rect.x + rect.w) - 2, static_cast<int>(rect.y + rect.h) - 2);
    if (inside < 12) fail("panel '" + name + "' looks empty (" + std::to_string(inside) + " colours)");
    rects.push_back(rect);
  }
  for (size_t a = 0; a < rects.size(); ++a) {
    for (size_t b = a + 1; b < rects.size(); ++b) {
      const double ix = std::min(rects[a].x + rects[a].w, rects[b].x + rects[b].w) - std::max(rects[a].x, rects[b].x);
      const double iy = std::min(rects[a].y + rects[a].h, rects[b].y + rects[b].h) - std::max(rects[a].y, rects[b].y);
      if (ix > 2 && iy > 2) fail("panels '" + rects[a].name + "' and '" + rects[b].name + "' overlap");
    }
  }

  // Probes: the colour the app drew is on screen there.
  for (const std::string& spec : probes) {
    const size_t eq = spec.find('=');
    const std::string name = spec.substr(0, eq);
    if (!j["probes"].contains(name)) {
      fail("probe '" + name + "' was not drawn");
      continue;
    }
    const auto& p = j["probes"][name];
    const int x = static_cast<int>(std::lround(p["x"].get<double>()));
    const int y = static_cast<int>(std::lround(p["y"].get<double>()));
    if (x < 0 || y < 0 || x >= img.w || y >= img.h) {
      fail("probe '" + name + "' is off screen");
      continue;
    }
    const int drawn[3] = {p["rgb"][0].get<int>(), p["rgb"][1].get<int>(), p["rgb"][2].get<int>()};
    const int d = nearest_distance(img, x, y, drawn);
    if (d > 24) {
      const unsigned char* px = img.at(x, y);
      fail("probe '" + name + "' at (" + std::to_string(x) + "," + std::to_string(y) + "): the screen has " +
           std::to_string(px[0]) + "," + std::to_string(px[1]) + "," + std::to_string(px[2]) + ", the app drew " +
           std::to_string(drawn[0]) + "," + std::to_string(drawn[1]) + "," + std::to_string(drawn[2]));
    }
    if (eq != std::string::npos) {
      int want[3];
      if (!parse_rgb(spec.substr(eq + 1), want)) {
        fail("bad colour in --probe " + spec);
      } else if (std::max({std::abs(drawn[0] - want[0]), std::abs(drawn[1] - want[1]),
                           std::abs(drawn[2] - want[2])}) > 3) {
        fail("probe '" + name + "' is not the expected colour " + spec.substr(eq + 1));
      }
    }
  }

  // The state the app was in.
  for (const std::string& spec : expects) {
    const size_t eq = spec.find('=');
    const std::string key = spec.substr(0, eq);
    const std::string want = eq == std::string::npos ? "" : spec.substr(eq + 1);
    const nlohmann::json* node = &j;
    size_t start = 0;
    bool found = true;
    while (found) {
      const size_t dot = key.find('.', start);
      const std::string part = key.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
      if (!node->contains(part)) {
        found = false;
        break;
      }
      node = &(*node)[part];
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    if (!found) {
      fail("no '" + key + "' in the layout JSON");
      continue;
    }
    const std::string got = node->is_string() ? node->get<std::string>() : node->dump();
    if (got != want) fail(key + " is '" + got + "', expected '" + want + "'");
  }

  if (failures == 0) {
    std::printf("ok: %s (%zu colours, %zu panels, %zu probes, %zu expectations)\n", png.c_str(), colours,
                panels.size(), probes.size(), expects.size());
    return 0;
  }
  return 1;
}
