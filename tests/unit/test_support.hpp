// Helpers for the C++ tests: temporary scripts and an in-process run.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "runtime.hpp"

namespace ts::test {

// A directory under /tmp removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/tickscope-test-XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `text` to dir/name and returns the full path.
  std::string write(const std::string& name, const std::string& text) const {
    const std::string full = path_ + "/" + name;
    std::filesystem::create_directories(std::filesystem::path(full).parent_path());
    std::ofstream(full, std::ios::binary) << text;
    return full;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct RunResult {
  int code = 0;
  std::string out;
  std::string err;
};

// Runs `source` as a main script in a fresh Runtime, capturing its output.
// `configure` may adjust the options (tracing, limits) first.
template <typename Configure>
RunResult run_script(const std::string& source, Configure configure) {
  TempDir dir;
  const std::string file = dir.write("main.js", source);
  RunResult result;
  RuntimeOptions options;
  options.exec_path = "/usr/bin/tickscope";
  options.output = [&result](int fd, std::string_view bytes) {
    (fd == 2 ? result.err : result.out).append(bytes.data(), bytes.size());
  };
  configure(options);
  Runtime runtime(options);
  result.code = runtime.run_main(file);
  return result;
}

inline RunResult run_script(const std::string& source) {
  return run_script(source, [](RuntimeOptions&) {});
}

}  // namespace ts::test
