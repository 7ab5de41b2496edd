// ConsoleModel: what the script printed, line by line, each line linked to
// the console.write event that printed it (the console panel jumps the
// cursor there on a click).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/model_types.hpp"
#include "trace/event_log.hpp"
#include "trace/string_table.hpp"

namespace ts::viz {

struct ConsoleLine {
  uint32_t event;       // the console.write that printed (the start of) it
  uint32_t offset;      // into text()
  uint32_t length;
  bool is_stderr;
  bool continues;       // carries on the previous line (a write without '\n')
};

class ConsoleModel {
 public:
  // Text kept at most (older lines stay; later ones are counted as dropped).
  static constexpr size_t kMaxText = size_t{32} << 20;

  void on_event(uint32_t index, const trace::Event& e, const trace::StringTable& strings);

  const std::vector<ConsoleLine>& lines() const { return lines_; }
  std::string_view line_text(const ConsoleLine& line) const {
    return std::string_view(text_).substr(line.offset, line.length);
  }
  // Lines printed by the first `cursor` events.
  size_t lines_before(size_t cursor) const;
  uint64_t dropped_bytes() const { return dropped_; }

 private:
  std::string text_;
  std::vector<ConsoleLine> lines_;
  bool line_open_ = false;  // the last write did not end with '\n'
  uint64_t dropped_ = 0;
};

}  // namespace ts::viz
