// The app's own screenshots: the framebuffer read back with glReadPixels and
// written as PNG with stb_image_write (libstb), no X server tools needed.
#pragma once

#include <string>

namespace ts::viz {

// Reads the current GL framebuffer (w x h) and writes it to `path`.
bool save_framebuffer_png(const std::string& path, int width, int height, std::string* error);
bool write_text_file(const std::string& path, const std::string& text);

}  // namespace ts::viz
