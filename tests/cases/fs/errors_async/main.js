// The callback forms fail with the same errors as the sync ones, in the
// callback (one call at a time here, so the output order is fixed).
var fs = require('fs');
var os = require('os');
var dir = fs.mkdtempSync(os.tmpdir() + '/x');
function D(p) { return String(p).split(dir).join('<D>'); }
function describe(e) {
  if (!e) return 'ok';
  return e.name + ' | ' + D(e.message) + ' | ' + e.code + ' ' + e.errno + ' ' + e.syscall + ' ' +
    D(e.path) + ' ' + D(e.dest);
}
fs.writeFileSync(dir + '/f', 'data');
fs.mkdirSync(dir + '/d');
fs.writeFileSync(dir + '/d/inner', 'x');
var steps = [
  ['readFile missing', function (cb) { fs.readFile(dir + '/missing', cb); }],
  ['readFile dir', function (cb) { fs.readFile(dir + '/d', cb); }],
  ['readFile dir utf8', function (cb) { fs.readFile(dir + '/d', 'utf8', cb); }],
  ['open wx exists', function (cb) { fs.open(dir + '/f', 'wx', cb); }],
  ['open through file', function (cb) { fs.open(dir + '/f/x', 'r', cb); }],
  ['mkdir exists', function (cb) { fs.mkdir(dir + '/d', cb); }],
  ['mkdir -p through file', function (cb) { fs.mkdir(dir + '/f/a/b', { recursive: true }, cb); }],
  ['rmdir not empty', function (cb) { fs.rmdir(dir + '/d', cb); }],
  ['unlink dir', function (cb) { fs.unlink(dir + '/d', cb); }],
  ['rm dir', function (cb) { fs.rm(dir + '/d', cb); }],
  ['rm missing', function (cb) { fs.rm(dir + '/missing', cb); }],
  ['rm missing force', function (cb) { fs.rm(dir + '/missing', { force: true }, cb); }],
  ['readdir file', function (cb) { fs.readdir(dir + '/f', cb); }],
  ['rename missing', function (cb) { fs.rename(dir + '/missing', dir + '/z', cb); }],
  ['copyFile excl', function (cb) { fs.copyFile(dir + '/f', dir + '/d/inner', fs.constants.COPYFILE_EXCL, cb); }],
  ['link exists', function (cb) { fs.link(dir + '/f', dir + '/d/inner', cb); }],
  ['symlink exists', function (cb) { fs.symlink('f', dir + '/d/inner', cb); }],
  ['readlink not a link', function (cb) { fs.readlink(dir + '/f', cb); }],
  ['realpath missing', function (cb) { fs.realpath(dir + '/d/missing/x', cb); }],
  ['realpath.native missing', function (cb) { fs.realpath.native(dir + '/d/missing/x', cb); }],
  ['stat missing', function (cb) { fs.stat(dir + '/missing', cb); }],
  ['lstat missing', function (cb) { fs.lstat(dir + '/missing', cb); }],
  ['access X_OK', function (cb) { fs.access(dir + '/f', fs.constants.X_OK, cb); }],
  ['truncate dir', function (cb) { fs.truncate(dir + '/d', 1, cb); }],
  ['utimes missing', function (cb) { fs.utimes(dir + '/missing', 1, 1, cb); }],
  ['chmod missing', function (cb) { fs.chmod(dir + '/missing', 420, cb); }],
  ['close bad fd', function (cb) { fs.close(9999, cb); }],
  ['fstat bad fd', function (cb) { fs.fstat(9999, cb); }],
  ['read bad fd', function (cb) { fs.read(9999, Buffer.alloc(4), 0, 4, null, cb); }],
  ['write bad fd', function (cb) { fs.write(9999, 'x', cb); }],
  ['writeFile to dir', function (cb) { fs.writeFile(dir + '/d', 'x', cb); }],
  ['appendFile through file', function (cb) { fs.appendFile(dir + '/f/x', 'x', cb); }],
  ['opendir missing', function (cb) { fs.opendir(dir + '/missing', cb); }],
  ['exists missing', function (cb) { fs.exists(dir + '/missing', function (e) { cb(null, e); }); }]
];
var i = 0;
function next() {
  if (i === steps.length) {
    fs.rmSync(dir, { recursive: true });
    console.log('removed: ' + !fs.existsSync(dir));
    return;
  }
  var step = steps[i++];
  step[1](function (err, value) {
    console.log(step[0] + ': ' + describe(err) + (err ? '' : ' ' + (typeof value === 'number' ? 'number' : value)));
    next();
  });
}
next();
