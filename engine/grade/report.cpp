#include "grade/report.hpp"

namespace ts::grade {
namespace {

std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 forbids most control characters.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

}  // namespace

std::string format_tap(const std::vector<Result>& results) {
  std::string out = "TAP version 13\n1.." + std::to_string(results.size()) + "\n";
  size_t passed = 0;
  for (size_t i = 0; i < results.size(); ++i) {
    const Result& r = results[i];
    if (r.pass) ++passed;
    out += (r.pass ? "ok " : "not ok ") + std::to_string(i + 1) + " - " + r.name + "\n";
    if (!r.reason.empty()) out += "  # " + r.reason + "\n";
  }
  const std::string tally =
      std::to_string(passed) + " passed, " + std::to_string(results.size() - passed) + " failed";
  out += "# " + tally + "\n" + tally + "\n";
  return out;
}

std::string format_junit(const std::string& suite, const std::vector<Result>& results) {
  size_t failures = 0;
  for (const Result& r : results) failures += r.pass ? 0 : 1;
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<testsuites tests=\"" + std::to_string(results.size()) + "\" failures=\"" +
         std::to_string(failures) + "\">\n";
  out += "  <testsuite name=\"" + xml_escape(suite) + "\" tests=\"" +
         std::to_string(results.size()) + "\" failures=\"" + std::to_string(failures) +
         "\" errors=\"0\" skipped=\"0\">\n";
  for (const Result& r : results) {
    out += "    <testcase classname=\"" + xml_escape(suite) + "\" name=\"" + xml_escape(r.name) +
           "\"";
    if (r.pass) {
      out += "/>\n";
    } else {
      out += ">\n      <failure message=\"" + xml_escape(r.reason) + "\">" +
             xml_escape(r.reason) + "</failure>\n    </testcase>\n";
    }
  }
  out += "  </testsuite>\n</testsuites>\n";
  return out;
}

}  // namespace ts::grade
