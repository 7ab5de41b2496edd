#include "fs_call.hpp"

#include <fcntl.h>
#include <sys/stat.h>

namespace ts {
namespace {

// A uv_fs_t run synchronously and always cleaned up.
struct SyncReq {
  uv_fs_t req;
  SyncReq() { req.type = UV_UNKNOWN_REQ; }
  ~SyncReq() {
    if (req.type == UV_FS) uv_fs_req_cleanup(&req);
  }
};

// Synchronous uv_fs_* calls take a loop but do not use it.
uv_loop_t* no_loop() { return nullptr; }

// mkdir -p. A component that exists but is no directory is ENOTDIR, except
// the target itself, which is EEXIST (as Node reports them).
int mkdir_recursive(const std::string& path, int mode, std::string* first_created,
                    bool is_target = true) {
  SyncReq st;
  if (uv_fs_stat(no_loop(), &st.req, path.c_str(), nullptr) == 0) {
    if (S_ISDIR(st.req.statbuf.st_mode)) return 0;
    return is_target ? UV_EEXIST : UV_ENOTDIR;
  }
  const size_t slash = path.find_last_of('/');
  if (slash != std::string::npos && slash > 0) {
    const int err = mkdir_recursive(path.substr(0, slash), mode, first_created, false);
    if (err != 0) return err;
  }
  SyncReq mk;
  const int err = uv_fs_mkdir(no_loop(), &mk.req, path.c_str(), mode, nullptr);
  if (err == UV_EEXIST) return 0;
  if (err == 0 && first_created->empty()) *first_created = path;
  return err;
}

int remove_recursive(const std::string& path) {
  SyncReq st;
  int err = uv_fs_lstat(no_loop(), &st.req, path.c_str(), nullptr);
  if (err != 0) return err;
  if (!S_ISDIR(st.req.statbuf.st_mode)) {
    SyncReq rm;
    return uv_fs_unlink(no_loop(), &rm.req, path.c_str(), nullptr);
  }
  SyncReq dir;
  err = uv_fs_scandir(no_loop(), &dir.req, path.c_str(), 0, nullptr);
  if (err < 0) return err;
  uv_dirent_t ent;
  while (uv_fs_scandir_next(&dir.req, &ent) != UV_EOF) {
    err = remove_recursive(path + "/" + ent.name);
    if (err != 0) return err;
  }
  SyncReq rm;
  return uv_fs_rmdir(no_loop(), &rm.req, path.c_str(), nullptr);
}

// open, fstat, read until the end, close. A failure after the open sets
// *failed to the call that failed ("fstat" or "read"), as Node reports it.
int read_whole_file(const std::string& path, int flags, std::string* out, const char** failed) {
  SyncReq open_req;
  const int fd = uv_fs_open(no_loop(), &open_req.req, path.c_str(), flags, 0, nullptr);
  if (fd < 0) return fd;
  SyncReq st;
  int err = uv_fs_fstat(no_loop(), &st.req, fd, nullptr);
  if (err != 0) *failed = "fstat";
  if (err == 0 && S_ISDIR(st.req.statbuf.st_mode)) {
    err = UV_EISDIR;  // what read(2) says of a directory
    *failed = "read";
  }
  if (err == 0) {
    // Regular files: read their size in one go; others until EOF.
    const uint64_t size = S_ISREG(st.req.statbuf.st_mode) ? st.req.statbuf.st_size : 0;
    out->resize(size > 0 ? size : 65536);
    size_t got = 0;
    for (;;) {
      if (got == out->size()) out->resize(out->size() * 2);
      SyncReq rd;
      uv_buf_t buf = uv_buf_init(&(*out)[got], static_cast<unsigned>(out->size() - got));
      const int n = uv_fs_read(no_loop(), &rd.req, fd, &buf, 1, -1, nullptr);
      if (n < 0) {
        err = n;
        *failed = "read";
        break;
      }
      if (n == 0) break;
      got += static_cast<size_t>(n);
      if (size > 0 && got == size) {
        // Probe once more in case the file grew.
        char extra;
        uv_buf_t probe = uv_buf_init(&extra, 1);
        SyncReq more;
        if (uv_fs_read(no_loop(), &more.req, fd, &probe, 1, -1, nullptr) == 1) {
          out->resize(out->size() * 2);
          (*out)[got++] = extra;
          continue;
        }
        break;
      }
    }
    out->resize(got);
  }
  SyncReq close_req;
  uv_fs_close(no_loop(), &close_req.req, fd, nullptr);
  return err;
}

}  // namespace

const char* fs_syscall_name(FsOp op) {
  switch (op) {
    case FsOp::Access: return "access";
    case FsOp::Open: return "open";
    case FsOp::Close: return "close";
    case FsOp::Read: return "read";
    case FsOp::Write: return "write";
    case FsOp::Stat: return "stat";
    case FsOp::Lstat: return "lstat";
    case FsOp::Fstat: return "fstat";
    case FsOp::Readdir: return "scandir";
    case FsOp::Mkdir: return "mkdir";
    case FsOp::Rmdir: return "rmdir";
    case FsOp::Unlink: return "unlink";
    case FsOp::Rename: return "rename";
    case FsOp::CopyFile: return "copyfile";
    case FsOp::Realpath: return "realpath";
    case FsOp::Symlink: return "symlink";
    case FsOp::Readlink: return "readlink";
    case FsOp::Ftruncate: return "ftruncate";
    case FsOp::Utimes: return "utime";
    case FsOp::Futimes: return "futime";
    case FsOp::Lutimes: return "lutime";
    case FsOp::Fsync: return "fsync";
    case FsOp::Fdatasync: return "fdatasync";
    case FsOp::Chmod: return "chmod";
    case FsOp::Fchmod: return "fchmod";
    case FsOp::Chown: return "chown";
    case FsOp::Fchown: return "fchown";
    case FsOp::Lchown: return "lchown";
    case FsOp::Link: return "link";
    case FsOp::Mkdtemp: return "mkdtemp";
    case FsOp::Rm: return "rm";
    case FsOp::ReadFile: return "open";
    case FsOp::Statfs: return "statfs";
  }
  return "fs";
}

void FsCall::execute() {
  SyncReq r;
  uv_fs_t* req = &r.req;
  const char* p = path.c_str();
  const char* p2 = path2.c_str();
  const auto file = static_cast<uv_file>(fd);
  int rc = 0;
  switch (op) {
    case FsOp::Access: rc = uv_fs_access(no_loop(), req, p, mode, nullptr); break;
    case FsOp::Open:
      rc = uv_fs_open(no_loop(), req, p, flags, mode, nullptr);
      if (rc >= 0) result = rc;
      break;
    case FsOp::Close: rc = uv_fs_close(no_loop(), req, file, nullptr); break;
    case FsOp::Read: {
      uv_buf_t buf = uv_buf_init(reinterpret_cast<char*>(data), static_cast<unsigned>(length));
      rc = uv_fs_read(no_loop(), req, file, &buf, 1, position, nullptr);
      if (rc >= 0) result = rc;
      break;
    }
    case FsOp::Write: {
      uv_buf_t buf = uv_buf_init(reinterpret_cast<char*>(data), static_cast<unsigned>(length));
      rc = uv_fs_write(no_loop(), req, file, &buf, 1, position, nullptr);
      if (rc >= 0) result = rc;
      break;
    }
    case FsOp::Stat:
    case FsOp::Lstat:
    case FsOp::Fstat:
      rc = op == FsOp::Stat    ? uv_fs_stat(no_loop(), req, p, nullptr)
           : op == FsOp::Lstat ? uv_fs_lstat(no_loop(), req, p, nullptr)
                               : uv_fs_fstat(no_loop(), req, file, nullptr);
      if (rc == 0) stat = req->statbuf;
      break;
    case FsOp::Readdir: {
      rc = uv_fs_scandir(no_loop(), req, p, 0, nullptr);
      if (rc >= 0) {
        uv_dirent_t ent;
        while (uv_fs_scandir_next(req, &ent) != UV_EOF) {
          names.emplace_back(ent.name);
          types.push_back(static_cast<int>(ent.type));
        }
        rc = 0;
      }
      break;
    }
    case FsOp::Mkdir:
      if (recursive) {
        rc = mkdir_recursive(path, mode, &text);
        has_text = !text.empty();
      } else {
        rc = uv_fs_mkdir(no_loop(), req, p, mode, nullptr);
      }
      break;
    case FsOp::Rmdir: rc = uv_fs_rmdir(no_loop(), req, p, nullptr); break;
    case FsOp::Unlink: rc = uv_fs_unlink(no_loop(), req, p, nullptr); break;
    case FsOp::Rename: rc = uv_fs_rename(no_loop(), req, p, p2, nullptr); break;
    case FsOp::CopyFile: rc = uv_fs_copyfile(no_loop(), req, p, p2, flags, nullptr); break;
    case FsOp::Realpath:
      rc = uv_fs_realpath(no_loop(), req, p, nullptr);
      if (rc == 0) {
        text = static_cast<const char*>(req->ptr);
        has_text = true;
      }
      break;
    case FsOp::Symlink: rc = uv_fs_symlink(no_loop(), req, p, p2, flags, nullptr); break;
    case FsOp::Readlink:
      rc = uv_fs_readlink(no_loop(), req, p, nullptr);
      if (rc == 0) {
        text = static_cast<const char*>(req->ptr);
        has_text = true;
      }
      break;
    case FsOp::Ftruncate:
      rc = uv_fs_ftruncate(no_loop(), req, file, static_cast<int64_t>(length), nullptr);
      break;
    case FsOp::Utimes: rc = uv_fs_utime(no_loop(), req, p, atime, mtime, nullptr); break;
    case FsOp::Futimes: rc = uv_fs_futime(no_loop(), req, file, atime, mtime, nullptr); break;
    case FsOp::Lutimes: rc = uv_fs_lutime(no_loop(), req, p, atime, mtime, nullptr); break;
    case FsOp::Fsync: rc = uv_fs_fsync(no_loop(), req, file, nullptr); break;
    case FsOp::Fdatasync: rc = uv_fs_fdatasync(no_loop(), req, file, nullptr); break;
    case FsOp::Chmod: rc = uv_fs_chmod(no_loop(), req, p, mode, nullptr); break;
    case FsOp::Fchmod: rc = uv_fs_fchmod(no_loop(), req, file, mode, nullptr); break;
    case FsOp::Chown:
      rc = uv_fs_chown(no_loop(), req, p, static_cast<uv_uid_t>(uid), static_cast<uv_gid_t>(gid),
                       nullptr);
      break;
    case FsOp::Fchown:
      rc = uv_fs_fchown(no_loop(), req, file, static_cast<uv_uid_t>(uid),
                        static_cast<uv_gid_t>(gid), nullptr);
      break;
    case FsOp::Lchown:
      rc = uv_fs_lchown(no_loop(), req, p, static_cast<uv_uid_t>(uid), static_cast<uv_gid_t>(gid),
                        nullptr);
      break;
    case FsOp::Link: rc = uv_fs_link(no_loop(), req, p, p2, nullptr); break;
    case FsOp::Mkdtemp:
      rc = uv_fs_mkdtemp(no_loop(), req, (path + "XXXXXX").c_str(), nullptr);
      if (rc == 0) {
        text = req->path;
        has_text = true;
      }
      break;
    case FsOp::Rm:
      rc = recursive ? remove_recursive(path) : uv_fs_unlink(no_loop(), req, p, nullptr);
      if (rc == UV_ENOENT && force) rc = 0;
      break;
    case FsOp::ReadFile: rc = read_whole_file(path, flags, &bytes, &failed_syscall); break;
    case FsOp::Statfs:
      rc = uv_fs_statfs(no_loop(), req, p, nullptr);
      if (rc == 0) {
        const auto* sf = static_cast<const uv_statfs_t*>(req->ptr);
        statfs[0] = sf->f_type;
        statfs[1] = sf->f_bsize;
        statfs[2] = sf->f_blocks;
        statfs[3] = sf->f_bfree;
        statfs[4] = sf->f_bavail;
        statfs[5] = sf->f_files;
        statfs[6] = sf->f_ffree;
      }
      break;
  }
  err = rc < 0 ? rc : 0;
}

}  // namespace ts
