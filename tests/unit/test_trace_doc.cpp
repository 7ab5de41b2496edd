// docs/trace-format.md lists every event kind exactly as the table defines it.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "trace/event.hpp"
#include "trace/kinds_doc.hpp"

TEST_CASE("the trace-format doc matches the event table", "[trace][docs]") {
  std::ifstream in(TICKSCOPE_SOURCE_DIR "/docs/trace-format.md");
  REQUIRE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string doc = ss.str();
  const std::string begin = "<!-- BEGIN EVENT KINDS -->\n";
  const std::string end = "<!-- END EVENT KINDS -->";
  const size_t b = doc.find(begin);
  const size_t e = doc.find(end);
  REQUIRE(b != std::string::npos);
  REQUIRE(e != std::string::npos);
  const std::string section = doc.substr(b + begin.size(), e - b - begin.size());
  INFO("run docs/update-trace-format.sh build/tickscope to regenerate the section");
  CHECK(section == ts::trace::kinds_markdown());
}

TEST_CASE("every event kind has a unique name and can be looked up by it", "[trace]") {
  for (size_t k = 0; k < ts::trace::kEventKindCount; ++k) {
    const auto kind = static_cast<ts::trace::EventKind>(k);
    ts::trace::EventKind found;
    REQUIRE(ts::trace::kind_from_name(ts::trace::kind_info(kind).name, &found));
    CHECK(found == kind);
  }
}
