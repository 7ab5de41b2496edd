// internalBinding('fs'): file-system calls, synchronous or on the thread pool.
//
// Every operation is one function taking its arguments and, optionally, a
// callback as the last argument:
//   binding.open(path, flags, mode)            -> fd, or throws (openSync)
//   binding.open(path, flags, mode, callback)  -> undefined; later, in the
//                                                 poll phase: callback(err, fd)
// Without a callback the call blocks the loop thread and is recorded as
// fs.sync. With one it goes to libuv's thread pool (loop/pool.hpp: pool.queue,
// then pool.work with the worker and its timing), and the callback runs
// through the funnel with callback.enter kind "fs" and the checkpoint after
// it. The work itself is loop/fs_call.cpp. modules/lib/fs.js builds Node's
// API on top.
//
// Results: fds and byte counts are numbers; stat returns a Float64Array of
// [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs,
// mtimeMs, ctimeMs, birthtimeMs] (*must* match kStat* in lib/internal/fs/utils.js);
// readdir returns names, or [names, types] with uv_dirent_type_t types;
// readFile returns a Uint8Array; statfs a Float64Array of [type, bsize,
// blocks, bfree, bavail, files, ffree].
#include <sys/stat.h>

#include <chrono>
#include <cstring>
#include <memory>

#include "binding.hpp"
#include "fs_call.hpp"
#include "pool.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

// Argument patterns, one letter per JS argument:
//   p path (first p: path, second: path2)   f fd        B buffer, offset, length (3 args)
//   P position (null/-1: current)           F flags     M mode      L length
//   A atime  T mtime (seconds)              R recursive X force     W withTypes
//   U uid  G gid
struct OpSpec {
  const char* name;
  FsOp op;
  const char* args;
};

const OpSpec kOps[] = {
    {"access", FsOp::Access, "pM"},     {"open", FsOp::Open, "pFM"},
    {"close", FsOp::Close, "f"},        {"read", FsOp::Read, "fBP"},
    {"write", FsOp::Write, "fBP"},      {"stat", FsOp::Stat, "p"},
    {"lstat", FsOp::Lstat, "p"},        {"fstat", FsOp::Fstat, "f"},
    {"readdir", FsOp::Readdir, "pW"},   {"mkdir", FsOp::Mkdir, "pMR"},
    {"rmdir", FsOp::Rmdir, "p"},        {"unlink", FsOp::Unlink, "p"},
    {"rename", FsOp::Rename, "pp"},     {"copyFile", FsOp::CopyFile, "ppF"},
    {"realpath", FsOp::Realpath, "p"},  {"symlink", FsOp::Symlink, "ppF"},
    {"readlink", FsOp::Readlink, "p"},  {"ftruncate", FsOp::Ftruncate, "fL"},
    {"utimes", FsOp::Utimes, "pAT"},    {"futimes", FsOp::Futimes, "fAT"},
    {"lutimes", FsOp::Lutimes, "pAT"},  {"fsync", FsOp::Fsync, "f"},
    {"fdatasync", FsOp::Fdatasync, "f"}, {"chmod", FsOp::Chmod, "pM"},
    {"fchmod", FsOp::Fchmod, "fM"},     {"chown", FsOp::Chown, "pUG"},
    {"fchown", FsOp::Fchown, "fUG"},    {"lchown", FsOp::Lchown, "pUG"},
    {"link", FsOp::Link, "pp"},         {"mkdtemp", FsOp::Mkdtemp, "p"},
    {"rm", FsOp::Rm, "pRX"},            {"readFile", FsOp::ReadFile, "pF"},
    {"statfs", FsOp::Statfs, "p"},
};

// The path and destination Node names in an error message.
void error_paths(const FsCall& call, std::string* path, std::string* dest) {
  switch (call.op) {
    case FsOp::Rename:
    case FsOp::CopyFile:
    case FsOp::Link:
      *path = call.path;
      *dest = call.path2;
      break;
    case FsOp::Symlink:  // symlink(target, path): "symlink 'target' -> 'path'"
      *path = call.path;
      *dest = call.path2;
      break;
    case FsOp::Mkdtemp: *path = call.path + "XXXXXX"; break;
    default: *path = call.path; break;
  }
}

void push_error(duk_context* ctx, const FsCall& call) {
  if (call.failed_syscall != nullptr) {
    // An fd call inside the op failed: Node names the syscall, no path.
    push_uv_error(ctx, call.err, call.failed_syscall, std::string(), std::string());
    return;
  }
  std::string path;
  std::string dest;
  error_paths(call, &path, &dest);
  push_uv_error(ctx, call.err, fs_syscall_name(call.op), path, dest);
}

void push_result(duk_context* ctx, FsCall& call) {
  switch (call.op) {
    case FsOp::Open:
    case FsOp::Read:
    case FsOp::Write: duk_push_number(ctx, static_cast<double>(call.result)); return;
    case FsOp::Stat:
    case FsOp::Lstat:
    case FsOp::Fstat: {
      const uv_stat_t& s = call.stat;
      auto ms = [](const uv_timespec_t& t) {
        return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_nsec) / 1e6;
      };
      const double values[] = {static_cast<double>(s.st_dev),    static_cast<double>(s.st_mode),
                               static_cast<double>(s.st_nlink),  static_cast<double>(s.st_uid),
                               static_cast<double>(s.st_gid),    static_cast<double>(s.st_rdev),
                               static_cast<double>(s.st_blksize), static_cast<double>(s.st_ino),
                               static_cast<double>(s.st_size),   static_cast<double>(s.st_blocks),
                               ms(s.st_atim),                    ms(s.st_mtim),
                               ms(s.st_ctim),                    ms(s.st_birthtim)};
      void* p = duk_push_fixed_buffer(ctx, sizeof values);
      std::memcpy(p, values, sizeof values);
      duk_push_buffer_object(ctx, -1, 0, sizeof values, DUK_BUFOBJ_FLOAT64ARRAY);
      duk_remove(ctx, -2);
      return;
    }
    case FsOp::Readdir: {
      duk_push_array(ctx);
      for (size_t i = 0; i < call.names.size(); ++i) {
        duk_push_lstring(ctx, call.names[i].data(), call.names[i].size());
        duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
      }
      if (!call.with_types) return;
      duk_push_array(ctx);
      for (size_t i = 0; i < call.types.size(); ++i) {
        duk_push_int(ctx, call.types[i]);
        duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
      }
      duk_push_array(ctx);  // [ names types pair ]
      duk_pull(ctx, -3);
      duk_put_prop_index(ctx, -2, 0);
      duk_pull(ctx, -2);
      duk_put_prop_index(ctx, -2, 1);
      return;
    }
    case FsOp::Statfs: {
      double values[7];
      for (int i = 0; i < 7; ++i) values[i] = static_cast<double>(call.statfs[i]);
      void* p = duk_push_fixed_buffer(ctx, sizeof values);
      std::memcpy(p, values, sizeof values);
      duk_push_buffer_object(ctx, -1, 0, sizeof values, DUK_BUFOBJ_FLOAT64ARRAY);
      duk_remove(ctx, -2);
      return;
    }
    case FsOp::ReadFile: {
      void* p = duk_push_fixed_buffer(ctx, call.bytes.size());
      if (!call.bytes.empty()) std::memcpy(p, call.bytes.data(), call.bytes.size());
      duk_push_buffer_object(ctx, -1, 0, call.bytes.size(), DUK_BUFOBJ_UINT8ARRAY);
      duk_remove(ctx, -2);
      Runtime::from(ctx).adjust_external(0);
      return;
    }
    default:
      if (call.has_text) {
        duk_push_lstring(ctx, call.text.data(), call.text.size());
      } else {
        duk_push_undefined(ctx);
      }
      return;
  }
}

double number_arg(duk_context* ctx, duk_idx_t i, double def) {
  return duk_is_number(ctx, i) ? duk_get_number(ctx, i) : def;
}

// Fills `call` from the JS arguments by the op's pattern. Returns the index
// of the first argument after them (where a callback may be), and the index
// of the buffer argument in *buffer_index (or -1).
duk_idx_t parse_args(duk_context* ctx, const OpSpec& spec, FsCall& call,
                     duk_idx_t* buffer_index) {
  duk_idx_t i = 0;
  bool first_path = true;
  *buffer_index = -1;
  for (const char* a = spec.args; *a != '\0'; ++a) {
    switch (*a) {
      case 'p':
        (first_path ? call.path : call.path2) = require_string(ctx, i, first_path ? "path" : "dest");
        first_path = false;
        break;
      case 'f': call.fd = duk_require_int(ctx, i); break;
      case 'F': call.flags = duk_get_int(ctx, i); break;
      case 'M': call.mode = duk_get_int(ctx, i); break;
      case 'L': call.length = static_cast<size_t>(number_arg(ctx, i, 0)); break;
      case 'P': call.position = static_cast<int64_t>(number_arg(ctx, i, -1)); break;
      case 'A': call.atime = number_arg(ctx, i, 0); break;
      case 'T': call.mtime = number_arg(ctx, i, 0); break;
      case 'R': call.recursive = duk_to_boolean(ctx, i); break;
      case 'X': call.force = duk_to_boolean(ctx, i); break;
      case 'W': call.with_types = duk_to_boolean(ctx, i); break;
      case 'U': call.uid = static_cast<int64_t>(number_arg(ctx, i, -1)); break;
      case 'G': call.gid = static_cast<int64_t>(number_arg(ctx, i, -1)); break;
      case 'B': {
        duk_size_t size = 0;
        auto* bytes = static_cast<uint8_t*>(duk_require_buffer_data(ctx, i, &size));
        const double offset = number_arg(ctx, i + 1, 0);
        const double length = number_arg(ctx, i + 2, static_cast<double>(size) - offset);
        if (offset < 0 || length < 0 || offset + length > static_cast<double>(size)) {
          (void) duk_error(ctx, DUK_ERR_RANGE_ERROR, "buffer offset/length out of range");
        }
        call.data = bytes + static_cast<size_t>(offset);
        call.length = static_cast<size_t>(length);
        *buffer_index = i;
        i += 2;
        break;
      }
      default: break;
    }
    ++i;
  }
  return i;
}

// An fs operation on the thread pool.
class FsWork : public PoolWork {
 public:
  FsWork(Runtime& rt, FsCall call, uint32_t callback_slot, int64_t buffer_slot)
      : rt_(rt), call_(std::move(call)), callback_slot_(callback_slot), buffer_slot_(buffer_slot) {}

 public:
  // What pool.queue shows: the path, or the fd.
  std::string detail() const {
    if (!call_.path.empty()) return call_.path;
    return call_.fd >= 0 ? "fd " + std::to_string(call_.fd) : std::string();
  }

 protected:
  void run() override { call_.execute(); }

  void complete(int status) override {
    duk_context* ctx = rt_.ctx();
    if (status == UV_ECANCELED || !rt_.can_call_into_js()) {
      release();
      return;
    }
    auto& rec = rt_.recorder();
    rec.record(trace::EventKind::FsDone, id, cause, rec.str(fs_syscall_name(call_.op)),
               rec.str(call_.err != 0 ? uv_err_name(call_.err) : ""), call_.result);
    rt_.slots().push(ctx, callback_slot_);  // [ ... callback ]
    duk_push_undefined(ctx);
    if (call_.err != 0) {
      push_error(ctx, call_);
      duk_push_undefined(ctx);
    } else {
      duk_push_null(ctx);
      push_result(ctx, call_);
    }
    {
      CallbackScope scope(rt_, "fs", id, cause, -4);
      scope.set_threw(!rt_.call_into_js(2));
    }
    duk_pop(ctx);
    release();
    rt_.run_checkpoint();
  }

 private:
  void release() {
    rt_.slots().release(rt_.ctx(), callback_slot_);
    if (buffer_slot_ >= 0) rt_.slots().release(rt_.ctx(), static_cast<uint32_t>(buffer_slot_));
  }

  Runtime& rt_;
  FsCall call_;
  uint32_t callback_slot_;
  int64_t buffer_slot_;
};

duk_ret_t fs_dispatch(duk_context* ctx) {
  const OpSpec& spec = kOps[duk_get_current_magic(ctx)];
  Runtime& rt = Runtime::from(ctx);
  FsCall call;
  call.op = spec.op;
  duk_idx_t buffer_index;
  const duk_idx_t cb_index = parse_args(ctx, spec, call, &buffer_index);
  if (duk_is_function(ctx, cb_index)) {
    const uint32_t cb_slot = rt.slots().put(ctx, cb_index);
    const int64_t buf_slot =
        buffer_index >= 0 ? static_cast<int64_t>(rt.slots().put(ctx, buffer_index)) : -1;
    auto* work = new FsWork(rt, std::move(call), cb_slot, buf_slot);
    work->id = rt.new_id();
    work->cause = rt.execution_id();
    work->what = spec.name;
    rt.pool().submit(work, work->detail());
    return 0;
  }
  auto& rec = rt.recorder();
  const uint64_t started = rec.now_ns();
  call.execute();
  if (rec.enabled()) {
    rec.record(trace::EventKind::FsSync, 0, rt.execution_id(), rec.str(fs_syscall_name(call.op)),
               rec.str(call.path), rec.str(call.err != 0 ? uv_err_name(call.err) : ""),
               static_cast<int64_t>(rec.now_ns() - started));
  }
  if (call.err != 0) {
    push_error(ctx, call);
    return duk_throw(ctx);
  }
  push_result(ctx, call);
  return 1;
}

// internalModuleStat(path) -> 0 file, 1 directory, < 0 a uv error (as Node).
// The module loader's probe: not recorded as fs.sync (module.try is).
duk_ret_t internal_module_stat(duk_context* ctx) {
  const std::string path = require_string(ctx, 0, "path");
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    duk_push_int(ctx, uv_translate_sys_error(errno));
    return 1;
  }
  duk_push_int(ctx, S_ISDIR(st.st_mode) ? 1 : 0);
  return 1;
}

// readFileUtf8(path) -> string (the loader's, and readFileSync's fast path)
duk_ret_t read_file_utf8(duk_context* ctx) {
  FsCall call;
  call.op = FsOp::ReadFile;
  call.path = require_string(ctx, 0, "path");
  call.flags = duk_is_number(ctx, 1) ? duk_get_int(ctx, 1) : O_RDONLY;
  call.execute();
  if (call.err != 0) {
    push_error(ctx, call);
    return duk_throw(ctx);
  }
  duk_push_lstring(ctx, call.bytes.data(), call.bytes.size());
  return 1;
}

// internalModuleRealpath(path) -> the real path, or the path itself when it
// cannot be resolved. The loader's, not recorded as fs.sync (module.try is).
duk_ret_t internal_module_realpath(duk_context* ctx) {
  FsCall call;
  call.op = FsOp::Realpath;
  call.path = require_string(ctx, 0, "path");
  call.execute();
  if (call.err != 0) {
    duk_dup(ctx, 0);
  } else {
    duk_push_lstring(ctx, call.text.data(), call.text.size());
  }
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"internalModuleStat", internal_module_stat, 1},
    {"internalModuleRealpath", internal_module_realpath, 1},
    {"readFileUtf8", read_file_utf8, 2},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_fs_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
  for (size_t i = 0; i < std::size(kOps); ++i) {
    duk_push_c_function(ctx, fs_dispatch, DUK_VARARGS);
    duk_set_magic(ctx, -1, static_cast<duk_int_t>(i));
    duk_put_prop_string(ctx, -2, kOps[i].name);
  }
  duk_push_int(ctx, Pool::size());
  duk_put_prop_string(ctx, -2, "poolSize");
}

}  // namespace ts
