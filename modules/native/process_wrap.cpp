// internalBinding('process_wrap'): child processes (Node's src/process_wrap.cc).
//
//   var handle = new Process()
//   handle.onexit = function (exitCode, signalCode) {...}   signalCode: 'SIGTERM' or null
//   handle.spawn({ file, args, cwd, envPairs, detached, uid, gid,
//                  stdio: [{ type: 'ignore' | 'pipe' | 'fd' | 'wrap', handle, fd }] })
//       -> 0 or a uv error (ENOENT when the file cannot be executed: libuv
//          reports the child's exec failure synchronously); handle.pid is set
//   handle.kill(signal)                                     -> uv error or 0
//   binding.kill(pid, signal)                               -> uv error or 0 (process.kill)
//   binding.signalName(signo)                               -> 'SIGTERM'
//
// 'pipe' stdio entries carry a Pipe handle (pipe_wrap.cpp) that libuv
// connects to the child's fd (UV_CREATE_PIPE); the IPC channel is one of
// them, made with Pipe's IPC type. The exit callback comes in the poll
// phase (libuv reads SIGCHLD through its signal pipe) and is recorded
// (child.exit) and run as a callback kind "process" with the process
// handle's id. A tracing runtime gives each child TICKSCOPE_TRACE (the
// child's own trace file, engine/child_trace.hpp) and records child.trace.
#include <csignal>
#include <cstring>
#include <string>
#include <vector>

#include "binding.hpp"
#include "child_trace.hpp"
#include "handle_wrap.hpp"
#include "process_options.hpp"
#include "runtime.hpp"


namespace ts {

struct SignalName {
  int signo;
  const char* name;
};

const SignalName kSignalNames[] = {
    {SIGHUP, "SIGHUP"},       {SIGINT, "SIGINT"},       {SIGQUIT, "SIGQUIT"},
    {SIGILL, "SIGILL"},       {SIGTRAP, "SIGTRAP"},     {SIGABRT, "SIGABRT"},
    {SIGBUS, "SIGBUS"},       {SIGFPE, "SIGFPE"},       {SIGKILL, "SIGKILL"},
    {SIGUSR1, "SIGUSR1"},     {SIGSEGV, "SIGSEGV"},     {SIGUSR2, "SIGUSR2"},
    {SIGPIPE, "SIGPIPE"},     {SIGALRM, "SIGALRM"},     {SIGTERM, "SIGTERM"},
    {SIGCHLD, "SIGCHLD"},     {SIGCONT, "SIGCONT"},     {SIGSTOP, "SIGSTOP"},
    {SIGTSTP, "SIGTSTP"},     {SIGTTIN, "SIGTTIN"},     {SIGTTOU, "SIGTTOU"},
    {SIGURG, "SIGURG"},       {SIGXCPU, "SIGXCPU"},     {SIGXFSZ, "SIGXFSZ"},
    {SIGVTALRM, "SIGVTALRM"}, {SIGPROF, "SIGPROF"},     {SIGWINCH, "SIGWINCH"},
    {SIGIO, "SIGIO"},         {SIGSYS, "SIGSYS"},
#ifdef SIGSTKFLT
    {SIGSTKFLT, "SIGSTKFLT"},
#endif
#ifdef SIGPWR
    {SIGPWR, "SIGPWR"},
#endif
};

const char* signal_name(int signo) {
  for (const SignalName& s : kSignalNames) {
    if (s.signo == signo) return s.name;
  }
  return "";
}

namespace {

class ProcessWrap : public HandleWrap {
 public:
  ProcessWrap(Runtime& rt, duk_context* ctx, duk_idx_t object) : HandleWrap(rt, ctx, object, "process") {
    std::memset(&handle_, 0, sizeof handle_);
    handle_.data = static_cast<HandleWrap*>(this);
  }
  uv_handle_t* uv_handle() override { return spawned_ ? reinterpret_cast<uv_handle_t*>(&handle_) : nullptr; }

  int spawn(duk_context* ctx);
  int kill(int signo);

 private:
  static void on_exit(uv_process_t* handle, int64_t exit_status, int term_signal);

  uv_process_t handle_;
  uint32_t ipc_channel_ = 0;  // the IPC pipe's handle id, for a fork
  bool spawned_ = false;
  uint32_t spawn_cause_ = 0;
  int pid_ = 0;
};

ProcessWrap* process_this(duk_context* ctx) {
  HandleWrap* w = HandleWrap::from_this(ctx);
  if (w == nullptr || w->closing()) return nullptr;
  return static_cast<ProcessWrap*>(w);
}

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

int ProcessWrap::spawn(duk_context* ctx) {
  // [ options ]
  if (!duk_is_object(ctx, 0)) return UV_EINVAL;
  ProcessOptions opts(rt_, ctx, 0);
  uv_process_options_t& options = opts.uv();
  options.exit_cb = on_exit;
  duk_get_prop_literal(ctx, 0, "windowsHide");  // read and ignored, as on POSIX in Node
  duk_pop(ctx);

  std::vector<uv_stdio_container_t> stdio;
  duk_get_prop_literal(ctx, 0, "stdio");  // [ options stdio ]
  if (duk_is_array(ctx, -1)) {
    const duk_size_t n = duk_get_length(ctx, -1);
    stdio.resize(n);
    for (duk_size_t i = 0; i < n; ++i) {
      uv_stdio_container_t& c = stdio[i];
      c.flags = UV_IGNORE;
      duk_get_prop_index(ctx, -1, static_cast<duk_uarridx_t>(i));  // [ options stdio entry ]
      duk_get_prop_literal(ctx, -1, "type");
      const std::string type = duk_is_string(ctx, -1) ? duk_get_string(ctx, -1) : "ignore";
      duk_pop(ctx);
      if (type == "pipe" || type == "overlapped" || type == "wrap") {
        duk_get_prop_literal(ctx, -1, "handle");
        HandleWrap* h = HandleWrap::from_object(ctx, -1);
        duk_pop(ctx);
        if (h != nullptr && h->uv_handle() != nullptr) {
          duk_get_prop_literal(ctx, -1, "ipc");
          if (duk_to_boolean(ctx, -1)) ipc_channel_ = h->id();  // child.trace names it
          duk_pop(ctx);
          c.data.stream = reinterpret_cast<uv_stream_t*>(h->uv_handle());
          c.flags = type == "wrap" ? UV_INHERIT_STREAM
                                   : static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_READABLE_PIPE |
                                                                 UV_WRITABLE_PIPE);
        }
      } else if (type == "fd" || type == "inherit") {
        duk_get_prop_literal(ctx, -1, "fd");
        c.flags = UV_INHERIT_FD;
        c.data.fd = duk_is_number(ctx, -1) ? duk_get_int(ctx, -1) : static_cast<int>(i);
        duk_pop(ctx);
      }
      duk_pop(ctx);
    }
  }
  duk_pop(ctx);
  options.stdio = stdio.data();
  options.stdio_count = static_cast<int>(stdio.size());

  spawn_cause_ = rt_.execution_id();
  const int err = uv_spawn(rt_.loop(), &handle_, &options);
  spawned_ = true;  // uv_spawn initialises the handle even when it fails
  set_initialized();
  if (err == 0) {
    pid_ = handle_.pid;
    duk_push_this(ctx);
    duk_push_int(ctx, pid_);
    duk_put_prop_literal(ctx, -2, "pid");
    duk_pop(ctx);
  }
  auto& rec = rt_.recorder();
  if (rec.enabled()) {
    std::string json = "[";
    const std::vector<std::string>& args = opts.args();
    for (size_t i = 0; i < args.size(); ++i) {
      if (i > 0) json += ",";
      json += json_string(args[i]);
    }
    json += "]";
    rec.record(trace::EventKind::ChildSpawn, id_, spawn_cause_, rt_.options().deterministic ? 0 : pid_,
               rec.str(opts.file()), rec.str(json), rec.str(uv_error_code(err)));
    if (opts.child_traced() && err == 0) {
      const bool deterministic = rt_.options().deterministic;
      rec.record(trace::EventKind::ChildTrace, id_, spawn_cause_, deterministic ? 0 : pid_,
                 rec.str(child_trace_path(rt_.options().child_trace,
                                          child_trace_tag(deterministic, pid_,
                                                          opts.child_trace_number()))),
                 ipc_channel_);
    }
  }
  return err;
}

int ProcessWrap::kill(int signo) {
  const int err = uv_process_kill(&handle_, signo);
  auto& rec = rt_.recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::ChildKill, id_, rt_.execution_id(), rt_.options().deterministic ? 0 : pid_,
               rec.str(signal_name(signo)), rec.str(uv_error_code(err)));
  }
  return err;
}

void ProcessWrap::on_exit(uv_process_t* handle, int64_t exit_status, int term_signal) {
  auto* self = static_cast<ProcessWrap*>(static_cast<HandleWrap*>(handle->data));
  Runtime& rt = self->rt_;
  duk_context* ctx = rt.ctx();
  if (ctx == nullptr) return;
  auto& rec = rt.recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::ChildExit, self->id_, self->spawn_cause_,
               rt.options().deterministic ? 0 : self->pid_, exit_status, rec.str(signal_name(term_signal)));
  }
  if (!rt.can_call_into_js()) return;
  rt.probe().on_io_callback();
  duk_push_number(ctx, static_cast<double>(exit_status));
  if (term_signal != 0) {
    duk_push_string(ctx, signal_name(term_signal));
  } else {
    duk_push_null(ctx);
  }
  self->call_method("onexit", 2, self->id_, self->spawn_cause_);
}

duk_ret_t process_new(duk_context* ctx) {
  if (!duk_is_constructor_call(ctx)) return duk_error(ctx, DUK_ERR_TYPE_ERROR, "Class constructor Process cannot be invoked without 'new'");
  duk_push_this(ctx);
  new ProcessWrap(Runtime::from(ctx), ctx, -1);
  return 0;
}

duk_ret_t process_spawn(duk_context* ctx) {
  ProcessWrap* w = process_this(ctx);
  duk_push_int(ctx, w == nullptr ? UV_EINVAL : w->spawn(ctx));
  return 1;
}

duk_ret_t process_kill(duk_context* ctx) {
  ProcessWrap* w = process_this(ctx);
  duk_push_int(ctx, w == nullptr || w->uv_handle() == nullptr ? UV_ESRCH : w->kill(duk_get_int(ctx, 0)));
  return 1;
}

// kill(pid, signal) -> uv error or 0 (process.kill)
duk_ret_t kill_pid(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  const int pid = duk_require_int(ctx, 0);
  const int signo = duk_get_int(ctx, 1);
  const int err = uv_kill(pid, signo);
  auto& rec = rt.recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::ChildKill, 0, rt.execution_id(), rt.options().deterministic ? 0 : pid,
               rec.str(signal_name(signo)), rec.str(uv_error_code(err)));
  }
  duk_push_int(ctx, err);
  return 1;
}

duk_ret_t signal_name_binding(duk_context* ctx) {
  duk_push_string(ctx, signal_name(duk_get_int(ctx, 0)));
  return 1;
}

const duk_function_list_entry kProcessMethods[] = {
    {"spawn", process_spawn, 1},
    {"kill", process_kill, 1},
    {nullptr, nullptr, 0},
};

const duk_function_list_entry kFunctions[] = {
    {"kill", kill_pid, 2},
    {"signalName", signal_name_binding, 1},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_process_wrap_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
  duk_push_c_function(ctx, process_new, DUK_VARARGS);
  duk_push_literal(ctx, "name");
  duk_push_literal(ctx, "Process");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  duk_push_object(ctx);
  HandleWrap::put_methods(ctx, -1);
  duk_put_function_list(ctx, -1, kProcessMethods);
  duk_dup(ctx, -2);
  duk_put_prop_literal(ctx, -2, "constructor");
  duk_put_prop_literal(ctx, -2, "prototype");
  duk_put_prop_literal(ctx, -2, "Process");
}

}  // namespace ts
