// Every error code the fs calls give, with Node's messages and properties (errno,
// code, syscall, path, dest): ENOENT, EEXIST, ENOTDIR, EISDIR, ENOTEMPTY, EBADF,
// EINVAL, EACCES (X_OK on a file nobody may execute, even root), and
// ERR_FS_EISDIR / ERR_FS_CP_* system errors. Paths are shown relative to a
// temporary directory.
var fs = require('fs');
var os = require('os');
var path = require('path');
var dir = fs.mkdtempSync(os.tmpdir() + '/x');
var D = function (p) { return p.split(dir).join('<D>'); };
function show(label, fn) {
  try { var r = fn(); console.log(label, 'OK', typeof r === 'string' ? D(r) : r); }
  catch (e) {
    console.log(label, e.name, '|', D(e.message), '|', e.code, e.errno, e.syscall, e.path && D(e.path), e.dest && D(e.dest), Object.keys(e).join(','));
  }
}
fs.writeFileSync(dir + '/f', 'data');
fs.mkdirSync(dir + '/d');
fs.writeFileSync(dir + '/d/inner', 'x');
show('readFile missing', function () { return fs.readFileSync(dir + '/missing'); });
show('readFile dir', function () { return fs.readFileSync(dir + '/d'); });
show('open missing', function () { return fs.openSync(dir + '/missing', 'r'); });
show('open wx exists', function () { return fs.openSync(dir + '/f', 'wx'); });
show('open notdir', function () { return fs.openSync(dir + '/f/x', 'r'); });
show('mkdir exists', function () { return fs.mkdirSync(dir + '/d'); });
show('mkdir recursive', function () { return fs.mkdirSync(dir + '/a/b/c', { recursive: true }); });
show('mkdir recursive exists', function () { return fs.mkdirSync(dir + '/a/b/c', { recursive: true }); });
show('mkdir recursive through file', function () { return fs.mkdirSync(dir + '/f/sub', { recursive: true }); });
show('mkdir missing parent', function () { return fs.mkdirSync(dir + '/nope/sub'); });
show('rmdir notempty', function () { return fs.rmdirSync(dir + '/d'); });
show('rmdir file', function () { return fs.rmdirSync(dir + '/f'); });
show('rmdir missing', function () { return fs.rmdirSync(dir + '/missing'); });
show('unlink dir', function () { return fs.unlinkSync(dir + '/d'); });
show('unlink missing', function () { return fs.unlinkSync(dir + '/missing'); });
show('rm dir', function () { return fs.rmSync(dir + '/d'); });
show('rm missing', function () { return fs.rmSync(dir + '/missing'); });
show('rm missing force', function () { return fs.rmSync(dir + '/missing', { force: true }); });
show('readdir file', function () { return fs.readdirSync(dir + '/f'); });
show('readdir missing', function () { return fs.readdirSync(dir + '/missing'); });
show('rename missing', function () { return fs.renameSync(dir + '/missing', dir + '/z'); });
show('rename dir over file', function () { return fs.renameSync(dir + '/d', dir + '/f'); });
show('copyFile missing', function () { return fs.copyFileSync(dir + '/missing', dir + '/z'); });
show('copyFile excl', function () { return fs.copyFileSync(dir + '/f', dir + '/d/inner', fs.constants.COPYFILE_EXCL); });
show('link exists', function () { return fs.linkSync(dir + '/f', dir + '/d/inner'); });
show('symlink exists', function () { return fs.symlinkSync(dir + '/f', dir + '/d/inner'); });
show('readlink notlink', function () { return fs.readlinkSync(dir + '/f'); });
show('realpath missing', function () { return fs.realpathSync(dir + '/missing'); });
show('realpath native missing', function () { return fs.realpathSync.native(dir + '/missing'); });
show('stat missing', function () { return fs.statSync(dir + '/missing'); });
show('lstat missing', function () { return fs.lstatSync(dir + '/missing'); });
show('access missing', function () { return fs.accessSync(dir + '/missing'); });
show('truncate missing', function () { return fs.truncateSync(dir + '/missing'); });
show('truncate dir', function () { return fs.truncateSync(dir + '/d'); });
show('utimes missing', function () { return fs.utimesSync(dir + '/missing', 1, 1); });
show('chmod missing', function () { return fs.chmodSync(dir + '/missing', 0o644); });
show('close bad', function () { return fs.closeSync(9999); });
show('fstat bad', function () { return fs.fstatSync(9999); });
show('read bad fd', function () { return fs.readSync(9999, Buffer.alloc(4)); });
show('write bad fd', function () { return fs.writeSync(9999, 'x'); });
show('mkdtemp missing', function () { return fs.mkdtempSync(dir + '/missing/p'); });
show('writeFile to dir', function () { return fs.writeFileSync(dir + '/d', 'x'); });
show('appendFile notdir', function () { return fs.appendFileSync(dir + '/f/x', 'x'); });
show('opendir missing', function () { return fs.opendirSync(dir + '/missing'); });
show('cp dir no recursive', function () { return fs.cpSync(dir + '/d', dir + '/d2'); });
show('cp missing', function () { return fs.cpSync(dir + '/missing', dir + '/d2'); });
show('access X_OK', function () { return fs.accessSync(dir + '/f', fs.constants.X_OK); });
fs.rmSync(dir, { recursive: true });
console.log('exists after rm', fs.existsSync(dir));
