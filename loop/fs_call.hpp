// FsCall: one file-system operation, its arguments and its result, run
// synchronously with libuv's uv_fs_* functions. The fs binding runs it on the
// loop thread (fs.readFileSync) or on a pool worker (fs.readFile); nothing
// here touches JS or the recorder, so it is safe on any thread.
#pragma once

#include <uv.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

enum class FsOp {
  Access, Open, Close, Read, Write, Stat, Lstat, Fstat, Readdir, Mkdir, Rmdir, Unlink, Rename,
  CopyFile, Realpath, Symlink, Readlink, Ftruncate, Utimes, Futimes, Lutimes, Fsync, Fdatasync,
  Chmod, Fchmod, Chown, Fchown, Lchown, Link, Mkdtemp, Rm, ReadFile, Statfs
};

// The syscall name Node shows in errors ("open", "scandir", ...).
const char* fs_syscall_name(FsOp op);

struct FsCall {
  FsOp op = FsOp::Access;
  // Arguments (each op uses some).
  std::string path;
  std::string path2;          // rename/copyFile/symlink/link destination
  int64_t fd = -1;
  int flags = 0;              // open flags, copyFile mode, symlink flags
  int mode = 0;               // permission bits, access mode
  int64_t uid = -1;
  int64_t gid = -1;
  uint8_t* data = nullptr;    // read/write: the buffer's bytes (already offset)
  size_t length = 0;          // read/write: how many bytes; ftruncate: the length
  int64_t position = -1;      // read/write: the file position, -1 = current
  double atime = 0;           // utimes, in seconds
  double mtime = 0;
  bool recursive = false;     // mkdir, rm
  bool force = false;         // rm: no error when missing
  bool with_types = false;    // readdir

  // Results.
  int err = 0;                // 0, or a negative uv error code
  // The call that failed when it is not the op's own (readFile: "read" or
  // "fstat" after the open succeeded; Node then names no path).
  const char* failed_syscall = nullptr;
  int64_t result = 0;         // open: fd; read/write: bytes
  uv_stat_t stat{};           // stat/lstat/fstat
  std::string text;           // realpath, readlink, mkdtemp, mkdir (first dir created)
  bool has_text = false;
  std::vector<std::string> names;  // readdir
  std::vector<int> types;          // readdir with types: uv_dirent_type_t
  std::string bytes;               // readFile
  uint64_t statfs[7] = {};         // statfs: type, bsize, blocks, bfree, bavail, files, ffree

  // Runs the operation; sets err and the results.
  void execute();
};

}  // namespace ts
