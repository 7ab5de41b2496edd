// internalBinding('process_methods'): the raw facts and actions behind the
// `process` object (modules/lib/internal/bootstrap/node.js builds it).
#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include "binding.hpp"
#include "runtime.hpp"
#include "version.hpp"

extern char** environ;

namespace ts {
namespace {

// reallyExit(code[, uncaught]): the end of process.exit(), after the 'exit'
// listeners; `uncaught` is true when an uncaught exception ends the process
// (the process.exit event then says how: 'uncaught', not 'exit()').
duk_ret_t really_exit(duk_context* ctx) {
  const StopReason reason =
      duk_get_boolean_default(ctx, 1, false) ? StopReason::Uncaught : StopReason::Exit;
  Runtime::from(ctx).request_exit(duk_get_int_default(ctx, 0, 0), reason);
  return 0;
}

// setEmitHooks(emitBeforeExit, emitExit)
duk_ret_t set_emit_hooks(duk_context* ctx) {
  duk_require_function(ctx, 0);
  duk_require_function(ctx, 1);
  Runtime& rt = Runtime::from(ctx);
  rt.set_callback(JsCallback::BeforeExit, 0);
  rt.set_callback(JsCallback::Exit, 1);
  return 0;
}

duk_ret_t cwd(duk_context* ctx) {
  char buf[4096];
  size_t size = sizeof buf;
  const int err = uv_cwd(buf, &size);
  if (err != 0) throw_uv_error(ctx, err, "uv_cwd", "");
  duk_push_lstring(ctx, buf, size);
  return 1;
}

duk_ret_t chdir_binding(duk_context* ctx) {
  const std::string dir = require_string(ctx, 0, "directory");
  const int err = uv_chdir(dir.c_str());
  if (err != 0) {
    // Node: "ENOENT: no such file or directory, chdir '/cwd' -> 'dir'"
    char buf[4096];
    size_t size = sizeof buf;
    std::string from = uv_cwd(buf, &size) == 0 ? std::string(buf, size) : std::string();
    std::string msg = std::string(uv_err_name(err)) + ": " + uv_strerror(err) + ", chdir '" +
                      from + "' -> '" + dir + "'";
    duk_push_error_object(ctx, DUK_ERR_ERROR, "%s", msg.c_str());
    duk_push_int(ctx, err);
    duk_put_prop_string(ctx, -2, "errno");
    duk_push_string(ctx, uv_err_name(err));
    duk_put_prop_string(ctx, -2, "code");
    duk_push_string(ctx, "chdir");
    duk_put_prop_string(ctx, -2, "syscall");
    duk_push_string(ctx, from.c_str());
    duk_put_prop_string(ctx, -2, "path");
    duk_push_string(ctx, dir.c_str());
    duk_put_prop_string(ctx, -2, "dest");
    return duk_throw(ctx);
  }
  return 0;
}

// hrtime() -> [seconds, nanoseconds]
duk_ret_t hrtime(duk_context* ctx) {
  const uint64_t ns = Runtime::from(ctx).hrtime_ns();
  duk_push_array(ctx);
  duk_push_number(ctx, static_cast<double>(ns / 1'000'000'000u));
  duk_put_prop_index(ctx, -2, 0);
  duk_push_number(ctx, static_cast<double>(ns % 1'000'000'000u));
  duk_put_prop_index(ctx, -2, 1);
  return 1;
}

// uptime() -> seconds since the runtime started
duk_ret_t uptime(duk_context* ctx) {
  duk_push_number(ctx, Runtime::from(ctx).monotonic_ms() / 1000.0);
  return 1;
}

duk_ret_t memory_usage(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  duk_push_object(ctx);
  duk_push_number(ctx, static_cast<double>(rss));
  duk_put_prop_string(ctx, -2, "rss");
  // Duktape grows its heap by malloc: total and used are the same number.
  // Buffer bytes (ArrayBuffers) are allocated through the same allocator, but
  // Node counts them apart, in external, not in the JS heap: leave them out,
  // so that 100 MB of Buffers grow external by 100 MB and heapUsed by little.
  const size_t heap = rt.heap_bytes();
  const size_t external = static_cast<size_t>(rt.external_bytes());
  const size_t js_heap = heap > external ? heap - external : 0;
  duk_push_number(ctx, static_cast<double>(js_heap));
  duk_put_prop_string(ctx, -2, "heapTotal");
  duk_push_number(ctx, static_cast<double>(js_heap));
  duk_put_prop_string(ctx, -2, "heapUsed");
  duk_push_number(ctx, static_cast<double>(rt.external_bytes()));
  duk_put_prop_string(ctx, -2, "external");
  duk_push_number(ctx, static_cast<double>(rt.external_bytes()));
  duk_put_prop_string(ctx, -2, "arrayBuffers");
  return 1;
}

duk_ret_t cpu_usage(duk_context* ctx) {
  uv_rusage_t ru;
  if (uv_getrusage(&ru) != 0) std::memset(&ru, 0, sizeof ru);
  duk_push_object(ctx);
  duk_push_number(ctx, static_cast<double>(ru.ru_utime.tv_sec) * 1e6 + ru.ru_utime.tv_usec);
  duk_put_prop_string(ctx, -2, "user");
  duk_push_number(ctx, static_cast<double>(ru.ru_stime.tv_sec) * 1e6 + ru.ru_stime.tv_usec);
  duk_put_prop_string(ctx, -2, "system");
  return 1;
}

// getEnv() -> { NAME: value, ... }, a snapshot of environ
duk_ret_t get_env(duk_context* ctx) {
  duk_push_object(ctx);
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (eq == nullptr) continue;
    duk_push_string(ctx, eq + 1);
    duk_put_prop_lstring(ctx, -2, *e, static_cast<duk_size_t>(eq - *e));
  }
  return 1;
}

duk_ret_t set_env(duk_context* ctx) {
  const std::string name = require_string(ctx, 0, "name");
  const std::string value = duk_safe_to_string(ctx, 1);
  setenv(name.c_str(), value.c_str(), 1);
  return 0;
}

duk_ret_t unset_env(duk_context* ctx) {
  const std::string name = require_string(ctx, 0, "name");
  unsetenv(name.c_str());
  return 0;
}

duk_ret_t umask_binding(duk_context* ctx) {
  mode_t old;
  if (duk_is_undefined(ctx, 0)) {
    old = umask(0);
    umask(old);
  } else {
    old = umask(static_cast<mode_t>(duk_require_uint(ctx, 0)));
  }
  duk_push_uint(ctx, old);
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"reallyExit", really_exit, 2},
    {"setEmitHooks", set_emit_hooks, 2},
    {"cwd", cwd, 0},
    {"chdir", chdir_binding, 1},
    {"hrtime", hrtime, 0},
    {"uptime", uptime, 0},
    {"memoryUsage", memory_usage, 0},
    {"cpuUsage", cpu_usage, 0},
    {"getEnv", get_env, 0},
    {"setEnv", set_env, 2},
    {"unsetEnv", unset_env, 1},
    {"umask", umask_binding, 1},
    {nullptr, nullptr, 0},
};

void put_string(duk_context* ctx, const char* key, const std::string& value) {
  duk_push_lstring(ctx, value.data(), value.size());
  duk_put_prop_string(ctx, -2, key);
}

}  // namespace

void init_process_methods_binding(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  const RuntimeOptions& opt = rt.options();
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
  put_string(ctx, "execPath", opt.exec_path);
  put_string(ctx, "mainPath", rt.main_path());
  duk_push_array(ctx);
  for (size_t i = 0; i < opt.args.size(); ++i) {
    duk_push_string(ctx, opt.args[i].c_str());
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
  }
  duk_put_prop_string(ctx, -2, "args");
  duk_push_array(ctx);
  for (size_t i = 0; i < opt.exec_argv.size(); ++i) {
    duk_push_string(ctx, opt.exec_argv[i].c_str());
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
  }
  duk_put_prop_string(ctx, -2, "execArgv");
  duk_push_int(ctx, static_cast<int>(getpid()));
  duk_put_prop_string(ctx, -2, "pid");
  duk_push_int(ctx, static_cast<int>(getppid()));
  duk_put_prop_string(ctx, -2, "ppid");
  put_string(ctx, "version", kNodeCompatVersion);
  put_string(ctx, "tickscopeVersion", kTickscopeVersion);
  put_string(ctx, "duktapeVersion", duktape_version());
  put_string(ctx, "uvVersion", uv_version_string());
  duk_push_boolean(ctx, opt.deterministic);
  duk_put_prop_string(ctx, -2, "deterministic");
}

}  // namespace ts
