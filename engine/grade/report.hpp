// The grader's reports: TAP (the default, on stdout) and JUnit XML.
#pragma once

#include <string>
#include <vector>

namespace ts::grade {

struct Result {
  std::string name;    // the check as written
  bool pass = false;
  std::string reason;  // one line, from the trace
};

// TAP version 13, ending with a "# N passed, M failed" comment and the same
// line plain (the project's closing-line convention).
std::string format_tap(const std::vector<Result>& results);

// JUnit XML: one <testsuite> named `suite`, one <testcase> per result.
std::string format_junit(const std::string& suite, const std::vector<Result>& results);

}  // namespace ts::grade
