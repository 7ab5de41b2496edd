# Duktape, compiled from the amalgamated source Debian's duktape-dev ships,
# with tickscope's configuration changes (engine/duktape/duk_overrides.h).
#
# The stock duk_config.h has a "/* __OVERRIDE_DEFINES__ */" marker for exactly
# this purpose; we copy the header into the build tree with an #include of our
# overrides at the marker. duktape.c is compiled as C++ because the overrides
# turn on DUK_USE_CPP_EXCEPTIONS.

set(TS_DUKTAPE_SRC_DIR "/usr/share/duktape" CACHE PATH "Duktape amalgamated sources")
if(NOT EXISTS "${TS_DUKTAPE_SRC_DIR}/duktape.c")
  message(FATAL_ERROR "duktape.c not found in ${TS_DUKTAPE_SRC_DIR}: install duktape-dev")
endif()

set(_duk_gen "${CMAKE_BINARY_DIR}/duktape")
file(READ "${TS_DUKTAPE_SRC_DIR}/duk_config.h" _duk_config)
string(FIND "${_duk_config}" "/* __OVERRIDE_DEFINES__ */" _marker)
if(_marker EQUAL -1)
  message(FATAL_ERROR "duk_config.h has no __OVERRIDE_DEFINES__ marker")
endif()
string(REPLACE "/* __OVERRIDE_DEFINES__ */"
  "/* __OVERRIDE_DEFINES__ */\n#include \"duk_overrides.h\""
  _duk_config "${_duk_config}")
# Write through configure_file so the header (and duktape.c's 10 s compile)
# only changes when its content does.
file(WRITE "${_duk_gen}/duk_config.h.tmp" "${_duk_config}")
configure_file("${_duk_gen}/duk_config.h.tmp" "${_duk_gen}/duk_config.h" COPYONLY)
# duktape.c and duktape.h are copied next to the new duk_config.h: a quoted
# #include looks in the including file's own directory first, so compiling
# them in place would pick up the stock config.
configure_file("${TS_DUKTAPE_SRC_DIR}/duktape.h" "${_duk_gen}/duktape.h" COPYONLY)
configure_file("${TS_DUKTAPE_SRC_DIR}/duktape.c" "${_duk_gen}/duktape.c" COPYONLY)
configure_file("${CMAKE_SOURCE_DIR}/engine/duktape/duk_overrides.h"
  "${_duk_gen}/duk_overrides.h" COPYONLY)

# duktape_unit.cpp includes duktape.c and adds the few helpers that need the
# engine's internal structures (see that file).
add_library(ts_duktape STATIC "${CMAKE_SOURCE_DIR}/engine/duktape/duktape_unit.cpp")
target_include_directories(ts_duktape SYSTEM PUBLIC "${_duk_gen}")
target_link_libraries(ts_duktape PUBLIC m)
# Third-party code: no project warnings, always optimised (it is the
# interpreter; -O0 makes every test ten times slower).
target_compile_options(ts_duktape PRIVATE -w -O2)
set_property(TARGET ts_duktape PROPERTY POSITION_INDEPENDENT_CODE ON)
