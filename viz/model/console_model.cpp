#include "model/console_model.hpp"

#include <algorithm>

namespace ts::viz {

void ConsoleModel::on_event(uint32_t index, const trace::Event& e,
                            const trace::StringTable& strings) {
  if (e.kind != trace::EventKind::ConsoleWrite) return;
  std::string_view text = strings.get(static_cast<uint32_t>(e.arg[2]));
  if (text_.size() + text.size() > kMaxText) {
    dropped_ += text.size();
    return;
  }
  const bool is_stderr = strings.get(static_cast<uint32_t>(e.arg[0])) == "stderr";
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view piece = text.substr(0, nl);
    if (!piece.empty() && piece.back() == '\r') piece.remove_suffix(1);
    ConsoleLine line{index, static_cast<uint32_t>(text_.size()), static_cast<uint32_t>(piece.size()),
                     is_stderr, line_open_};
    text_.append(piece.data(), piece.size());
    lines_.push_back(line);
    if (nl == std::string_view::npos) {
      line_open_ = true;
      break;
    }
    line_open_ = false;
    text.remove_prefix(nl + 1);
  }
}

size_t ConsoleModel::lines_before(size_t cursor) const {
  const auto it = std::lower_bound(lines_.begin(), lines_.end(), cursor,
                                   [](const ConsoleLine& l, size_t c) { return l.event < c; });
  return static_cast<size_t>(it - lines_.begin());
}

}  // namespace ts::viz
