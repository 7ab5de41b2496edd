// The table of event kinds as Markdown, for docs/trace-format.md
// (`tickscope events --markdown` prints it; a test checks the doc has it).
#pragma once

#include <string>

namespace ts::trace {

std::string kinds_markdown();

}  // namespace ts::trace
