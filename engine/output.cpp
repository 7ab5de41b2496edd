// stdout and stderr: written synchronously (as Node does on Linux for files,
// pipes and TTYs), recorded as console.write events, bounded by the output
// limit.
#include <unistd.h>

#include <cerrno>

#include "runtime.hpp"

namespace ts {
namespace {

// Event payloads keep at most this much of each write's text.
constexpr size_t kTracedTextMax = 4096;

void write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return;  // EPIPE and friends: the reader went away; drop the output
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
}

}  // namespace

void Runtime::write_output(int fd, std::string_view bytes) {
  const uint64_t limit = options_.limits.max_output_bytes;
  bool over = false;
  if (limit != 0 && output_bytes_ + bytes.size() > limit) {
    bytes = bytes.substr(0, limit > output_bytes_ ? limit - output_bytes_ : 0);
    over = true;
  }
  output_bytes_ += bytes.size();
  if (!bytes.empty()) {
    if (options_.output) {
      options_.output(fd, bytes);
    } else {
      write_all(fd, bytes);
    }
    if (recorder_.enabled()) {
      const std::string_view text = bytes.substr(0, kTracedTextMax);
      recorder_.record(trace::EventKind::ConsoleWrite, 0, execution_id(),
                       recorder_.str(fd == 2 ? "stderr" : "stdout"),
                       static_cast<int64_t>(bytes.size()), recorder_.str(text));
    }
  }
  if (over && !stopping()) {
    hit_limit("output", limit,
              "the script wrote more than --max-output " + std::to_string(limit) + " bytes");
  }
}

}  // namespace ts
