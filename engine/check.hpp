// TS_CHECK: an invariant that must hold in every build; when it does not,
// the runtime stops with the file, line and condition (txiki.js's CHECK).
#pragma once

#include <cstdio>
#include <cstdlib>

#define TS_CHECK(cond)                                                                      \
  do {                                                                                      \
    if (!(cond)) {                                                                          \
      std::fprintf(stderr, "tickscope: internal check failed at %s:%d: %s\n", __FILE__,  \
                   __LINE__, #cond);                                                        \
      std::abort();                                                                         \
    }                                                                                       \
  } while (0)
