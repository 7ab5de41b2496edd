// internalBinding('spawn_sync'): spawnSync, execSync and execFileSync (Node's
// src/spawn_sync.cc).
//
//   binding.spawn({ file, args, cwd, envPairs, detached, uid, gid, timeout,
//                   maxBuffer, killSignal,
//                   stdio: [{ type: 'pipe', input }, { type: 'fd', fd }, { type: 'ignore' }] })
//     -> { pid, status, signal, output: [null | Buffer, ...], error }
//
// HOW. The child runs on a loop of its own (a fresh uv_loop_t): its pipes,
// its exit, the timeout timer all live there, and uv_run(DEFAULT) on it
// blocks the runtime's loop until the child has exited and its pipes are
// drained, exactly like Node. Nothing on the main loop runs meanwhile; the
// whole call is one child.spawnSync event. status is the exit code (null when
// a signal ended the child); error is a uv error (ETIMEDOUT after the timeout
// killed it, ENOBUFS after maxBuffer did, or the spawn's own error).
#include <chrono>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "binding.hpp"
#include "handle_wrap.hpp"
#include "process_options.hpp"
#include "runtime.hpp"
#include "stream_wrap.hpp"


namespace ts {
namespace {

struct SyncRun;

struct SyncPipe {
  uv_pipe_t pipe;
  SyncRun* run = nullptr;
  int index = 0;
  std::string input;
  std::string output;
  bool readable = false;  // the parent reads it (child's stdout, stderr...)
  bool writable = false;  // the parent writes input to it (child's stdin)
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
};

struct SyncRun {
  uv_loop_t loop;
  uv_process_t process;
  uv_timer_t timer;
  std::vector<std::unique_ptr<SyncPipe>> pipes;
  bool exited = false;
  int64_t exit_status = 0;
  int term_signal = 0;
  int error = 0;
  int kill_signal = SIGTERM;
  double max_buffer = 1024 * 1024;
  double total_output = 0;
  bool killed = false;

  void kill(int err) {
    if (error == 0) error = err;
    if (!killed && !exited) {
      killed = true;
      uv_process_kill(&process, kill_signal);
    }
  }
};

void on_alloc(uv_handle_t*, size_t, uv_buf_t* buf) {
  static thread_local char chunk[64 * 1024];
  buf->base = chunk;
  buf->len = sizeof chunk;
}

void on_read(uv_stream_t* s, ssize_t nread, const uv_buf_t* buf) {
  auto* p = static_cast<SyncPipe*>(s->data);
  if (nread > 0) {
    p->output.append(buf->base, static_cast<size_t>(nread));
    p->run->total_output += static_cast<double>(nread);
    if (p->run->max_buffer > 0 && static_cast<double>(p->output.size()) > p->run->max_buffer) {
      p->run->kill(UV_ENOBUFS);
    }
  } else if (nread < 0) {
    uv_read_stop(s);
    if (!uv_is_closing(reinterpret_cast<uv_handle_t*>(s))) uv_close(reinterpret_cast<uv_handle_t*>(s), nullptr);
  }
}

void on_shutdown(uv_shutdown_t* req, int) {
  auto* p = static_cast<SyncPipe*>(req->data);
  if (!p->readable && !uv_is_closing(reinterpret_cast<uv_handle_t*>(&p->pipe))) {
    uv_close(reinterpret_cast<uv_handle_t*>(&p->pipe), nullptr);
  }
}

void on_write(uv_write_t* req, int) {
  auto* p = static_cast<SyncPipe*>(req->data);
  p->shutdown_req.data = p;
  if (uv_shutdown(&p->shutdown_req, reinterpret_cast<uv_stream_t*>(&p->pipe), on_shutdown) != 0 &&
      !uv_is_closing(reinterpret_cast<uv_handle_t*>(&p->pipe))) {
    uv_close(reinterpret_cast<uv_handle_t*>(&p->pipe), nullptr);
  }
}

void on_exit(uv_process_t* proc, int64_t exit_status, int term_signal) {
  auto* run = static_cast<SyncRun*>(proc->data);
  run->exited = true;
  run->exit_status = exit_status;
  run->term_signal = term_signal;
  uv_close(reinterpret_cast<uv_handle_t*>(proc), nullptr);
  if (uv_is_active(reinterpret_cast<uv_handle_t*>(&run->timer))) uv_timer_stop(&run->timer);
}

void on_timeout(uv_timer_t* timer) {
  auto* run = static_cast<SyncRun*>(timer->data);
  run->kill(UV_ETIMEDOUT);
}

double number_prop(duk_context* ctx, duk_idx_t idx, const char* key, double def) {
  duk_get_prop_string(ctx, idx, key);
  const double v = duk_is_number(ctx, -1) ? duk_get_number(ctx, -1) : def;
  duk_pop(ctx);
  return v;
}

duk_ret_t spawn_sync(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  duk_require_object(ctx, 0);
  const auto started = std::chrono::steady_clock::now();
  auto run = std::make_unique<SyncRun>();
  uv_loop_init(&run->loop);

  ProcessOptions opts(rt, ctx, 0);
  uv_process_options_t& options = opts.uv();
  options.exit_cb = on_exit;
  const double timeout = number_prop(ctx, 0, "timeout", 0);
  run->max_buffer = number_prop(ctx, 0, "maxBuffer", 1024 * 1024);
  run->kill_signal = static_cast<int>(number_prop(ctx, 0, "killSignal", SIGTERM));

  std::vector<uv_stdio_container_t> stdio;
  std::vector<SyncPipe*> by_index;
  duk_get_prop_literal(ctx, 0, "stdio");
  if (duk_is_array(ctx, -1)) {
    const duk_size_t n = duk_get_length(ctx, -1);
    stdio.resize(n);
    by_index.resize(n, nullptr);
    for (duk_size_t i = 0; i < n; ++i) {
      uv_stdio_container_t& c = stdio[i];
      c.flags = UV_IGNORE;
      duk_get_prop_index(ctx, -1, static_cast<duk_uarridx_t>(i));
      duk_get_prop_literal(ctx, -1, "type");
      const std::string type = duk_is_string(ctx, -1) ? duk_get_string(ctx, -1) : "ignore";
      duk_pop(ctx);
      if (type == "pipe" || type == "overlapped") {
        auto p = std::make_unique<SyncPipe>();
        p->run = run.get();
        p->index = static_cast<int>(i);
        uv_pipe_init(&run->loop, &p->pipe, 0);
        p->pipe.data = p.get();
        duk_get_prop_literal(ctx, -1, "input");
        duk_size_t len = 0;
        const void* data = duk_get_buffer_data(ctx, -1, &len);
        if (data != nullptr) p->input.assign(static_cast<const char*>(data), len);
        const bool has_input = data != nullptr || i == 0;
        duk_pop(ctx);
        p->writable = i == 0 || has_input;
        p->readable = i != 0;
        c.flags = static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE);
        c.data.stream = reinterpret_cast<uv_stream_t*>(&p->pipe);
        by_index[i] = p.get();
        run->pipes.push_back(std::move(p));
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

  run->process.data = run.get();
  const int spawn_err = uv_spawn(&run->loop, &run->process, &options);
  int pid = 0;
  if (spawn_err != 0) {
    run->error = spawn_err;
    uv_close(reinterpret_cast<uv_handle_t*>(&run->process), nullptr);
    for (auto& p : run->pipes) uv_close(reinterpret_cast<uv_handle_t*>(&p->pipe), nullptr);
    uv_run(&run->loop, UV_RUN_DEFAULT);
  } else {
    pid = run->process.pid;
    uv_timer_init(&run->loop, &run->timer);
    run->timer.data = run.get();
    if (timeout > 0) uv_timer_start(&run->timer, on_timeout, static_cast<uint64_t>(timeout), 0);
    for (auto& p : run->pipes) {
      auto* s = reinterpret_cast<uv_stream_t*>(&p->pipe);
      if (p->readable) uv_read_start(s, on_alloc, on_read);
      if (p->writable) {
        if (!p->input.empty()) {
          uv_buf_t b = uv_buf_init(p->input.data(), static_cast<unsigned>(p->input.size()));
          p->write_req.data = p.get();
          uv_write(&p->write_req, s, &b, 1, on_write);
        } else {
          p->shutdown_req.data = p.get();
          if (uv_shutdown(&p->shutdown_req, s, on_shutdown) != 0 && !p->readable) {
            uv_close(reinterpret_cast<uv_handle_t*>(s), nullptr);
          }
        }
      }
    }
    uv_run(&run->loop, UV_RUN_DEFAULT);
    uv_close(reinterpret_cast<uv_handle_t*>(&run->timer), nullptr);
    uv_run(&run->loop, UV_RUN_DEFAULT);
  }
  uv_loop_close(&run->loop);

  // The result object.
  duk_push_object(ctx);
  duk_push_int(ctx, pid);
  duk_put_prop_literal(ctx, -2, "pid");
  if (spawn_err == 0 && run->term_signal == 0) {
    duk_push_number(ctx, static_cast<double>(run->exit_status));
  } else {
    duk_push_null(ctx);
  }
  duk_put_prop_literal(ctx, -2, "status");
  if (run->term_signal != 0) {
    duk_push_string(ctx, signal_name(run->term_signal));
  } else {
    duk_push_null(ctx);
  }
  duk_put_prop_literal(ctx, -2, "signal");
  if (spawn_err == 0) {
    duk_push_array(ctx);
    for (size_t i = 0; i < by_index.size(); ++i) {
      if (by_index[i] != nullptr && by_index[i]->readable) {
        StreamWrap::push_buffer_copy(ctx, by_index[i]->output.data(), by_index[i]->output.size());
      } else {
        duk_push_null(ctx);
      }
      duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
    }
  } else {
    duk_push_null(ctx);
  }
  duk_put_prop_literal(ctx, -2, "output");
  if (run->error != 0) {
    duk_push_int(ctx, run->error);
    duk_put_prop_literal(ctx, -2, "error");
  }
  auto& rec = rt.recorder();
  if (rec.enabled()) {
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - started).count();
    const int64_t status = spawn_err != 0 ? -1 : run->term_signal != 0 ? -1 : run->exit_status;
    rec.record(trace::EventKind::ChildSpawnSync, rt.new_id(), rt.execution_id(),
               rt.options().deterministic ? 0 : pid, rec.str(opts.file()), status,
               rt.options().deterministic ? 0 : static_cast<int64_t>(ns));
  }
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"spawn", spawn_sync, 1},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_spawn_sync_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
}

}  // namespace ts
