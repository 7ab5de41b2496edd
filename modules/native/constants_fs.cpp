// internalBinding('constants_fs'): fs.constants (open flags, file modes,
// access modes, copyFile modes), from the platform's headers.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <uv.h>

#include "binding.hpp"

namespace ts {
namespace {

struct Constant {
  const char* name;
  int value;
};

#define TS_CONST(name) {#name, name}
const Constant kConstants[] = {
    {"UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR},
    {"UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION},
    TS_CONST(O_RDONLY),
    TS_CONST(O_WRONLY),
    TS_CONST(O_RDWR),
    {"UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN},
    {"UV_DIRENT_FILE", UV_DIRENT_FILE},
    {"UV_DIRENT_DIR", UV_DIRENT_DIR},
    {"UV_DIRENT_LINK", UV_DIRENT_LINK},
    {"UV_DIRENT_FIFO", UV_DIRENT_FIFO},
    {"UV_DIRENT_SOCKET", UV_DIRENT_SOCKET},
    {"UV_DIRENT_CHAR", UV_DIRENT_CHAR},
    {"UV_DIRENT_BLOCK", UV_DIRENT_BLOCK},
    {"EXTENSIONLESS_FORMAT_JAVASCRIPT", 0},
    {"EXTENSIONLESS_FORMAT_WASM", 1},
    TS_CONST(S_IFMT),
    TS_CONST(S_IFREG),
    TS_CONST(S_IFDIR),
    TS_CONST(S_IFCHR),
    TS_CONST(S_IFBLK),
    TS_CONST(S_IFIFO),
    TS_CONST(S_IFLNK),
    TS_CONST(S_IFSOCK),
    TS_CONST(O_CREAT),
    TS_CONST(O_EXCL),
    {"UV_FS_O_FILEMAP", 0},
    TS_CONST(O_NOCTTY),
    TS_CONST(O_TRUNC),
    TS_CONST(O_APPEND),
    TS_CONST(O_DIRECTORY),
    TS_CONST(O_NOATIME),
    TS_CONST(O_NOFOLLOW),
    TS_CONST(O_SYNC),
    TS_CONST(O_DSYNC),
    TS_CONST(O_DIRECT),
    TS_CONST(O_NONBLOCK),
    TS_CONST(S_IRWXU),
    TS_CONST(S_IRUSR),
    TS_CONST(S_IWUSR),
    TS_CONST(S_IXUSR),
    TS_CONST(S_IRWXG),
    TS_CONST(S_IRGRP),
    TS_CONST(S_IWGRP),
    TS_CONST(S_IXGRP),
    TS_CONST(S_IRWXO),
    TS_CONST(S_IROTH),
    TS_CONST(S_IWOTH),
    TS_CONST(S_IXOTH),
    TS_CONST(F_OK),
    TS_CONST(R_OK),
    TS_CONST(W_OK),
    TS_CONST(X_OK),
    {"UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
    {"COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
    {"UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
    {"COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
    {"UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
    {"COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
};
#undef TS_CONST

}  // namespace

void init_constants_fs_binding(duk_context* ctx) {
  duk_push_object(ctx);
  for (const Constant& c : kConstants) {
    duk_push_int(ctx, c.value);
    duk_put_prop_string(ctx, -2, c.name);
  }
}

}  // namespace ts
