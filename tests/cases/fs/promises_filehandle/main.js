// fs.promises and FileHandle: write/read at positions, stat, truncate, readFile
// from the handle's position, close and its 'close' event, then the path
// functions (appendFile, mkdir -p, readdir with types, rm, realpath, access,
// copyFile, rename, symlink/readlink, mkdtemp, opendir, utimes, chmod).
var fs = require('fs'), os = require('os'), path = require('path');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync(os.tmpdir() + '/x');
function L(s) { console.log(String(s).split(dir).join('<D>')); }
var f = path.join(dir, 'h.txt');
fsp.open(f, 'w+').then(function (fh) {
  L('fh fd number ' + (typeof fh.fd) + ' ' + (fh instanceof require('events')));
  fh.on('close', function () { L('fh close event'); });
  return fh.write('hello world').then(function (r) {
    L('wrote ' + r.bytesWritten + ' ' + r.buffer);
    return fh.write(Buffer.from('!!'), 0, 2, 11);
  }).then(function (r) {
    L('wrote2 ' + r.bytesWritten);
    return fh.read(Buffer.alloc(5), 0, 5, 6);
  }).then(function (r) {
    L('read ' + r.bytesRead + ' ' + r.buffer);
    return fh.stat();
  }).then(function (st) {
    L('size ' + st.size + ' isFile ' + st.isFile());
    return fh.truncate(5);
  }).then(function () {
    return fh.readFile('utf8');
  }).then(function (s) {
    L('readFile via handle (pos at end) ' + JSON.stringify(s));
    return fh.close();
  }).then(function () {
    L('closed, fd ' + fh.fd);
    return fsp.readFile(f, 'utf8');
  });
}).then(function (s) {
  L('content ' + s);
  return fsp.appendFile(f, ' more');
}).then(function () {
  return fsp.readFile(f, { encoding: 'utf8' });
}).then(function (s) {
  L('appended ' + s);
  return fsp.mkdir(path.join(dir, 'a/b'), { recursive: true });
}).then(function (first) {
  L('mkdir first ' + first);
  return fsp.readdir(dir, { withFileTypes: true });
}).then(function (ents) {
  L('ents ' + ents.map(function (e) { return e.name + (e.isDirectory() ? '/' : ''); }).sort().join(','));
  return fsp.rm(path.join(dir, 'a'));
}).catch(function (e) {
  L('rm dir err ' + e.code + ' ' + e.message);
  return fsp.rm(path.join(dir, 'a'), { recursive: true });
}).then(function () {
  return fsp.stat(path.join(dir, 'nope'));
}).catch(function (e) {
  L('stat nope ' + e.message);
  return fsp.realpath(path.join(dir, 'nope'));
}).catch(function (e) {
  L('realpath nope ' + e.message);
  return fsp.access(f, fs.constants.R_OK);
}).then(function (r) {
  L('access ok ' + r);
  return fsp.copyFile(f, path.join(dir, 'copy.txt'));
}).then(function () {
  return fsp.rename(path.join(dir, 'copy.txt'), path.join(dir, 'moved.txt'));
}).then(function () {
  return fsp.symlink('moved.txt', path.join(dir, 'lnk'));
}).then(function () {
  return fsp.readlink(path.join(dir, 'lnk'));
}).then(function (t) {
  L('readlink ' + t);
  return fsp.lstat(path.join(dir, 'lnk'));
}).then(function (st) {
  L('lstat isSymbolicLink ' + st.isSymbolicLink());
  return fsp.mkdtemp(path.join(dir, 'tmp-'));
}).then(function (d) {
  L('mkdtemp ' + (d.indexOf(path.join(dir, 'tmp-')) === 0) + ' len ' + path.basename(d).length);
  return fsp.opendir(dir);
}).then(function (d) {
  var names = [];
  function loop() {
    return d.read().then(function (e) {
      if (e === null) return d.close().then(function () { return names; });
      names.push(e.name);
      return loop();
    });
  }
  return loop();
}).then(function (names) {
  L('opendir ' + names.sort().join(',').replace(/tmp-[A-Za-z0-9]{6}/, 'tmp-XXXXXX'));
  return fsp.writeFile(path.join(dir, 'u.txt'), new Uint8Array([104, 105]));
}).then(function () {
  L('u ' + fs.readFileSync(path.join(dir, 'u.txt')));
  return fsp.utimes(path.join(dir, 'u.txt'), 1000, 2000);
}).then(function () {
  var st = fs.statSync(path.join(dir, 'u.txt'));
  L('times ' + st.atimeMs + ' ' + st.mtimeMs + ' ' + st.mtime.toISOString());
  return fsp.chmod(path.join(dir, 'u.txt'), 0o600);
}).then(function () {
  L('mode ' + (fs.statSync(path.join(dir, 'u.txt')).mode & 0o777).toString(8));
  return fsp.unlink(path.join(dir, 'u.txt'));
}).then(function () {
  return fsp.rm(dir, { recursive: true, force: true });
}).then(function () { L('done exists ' + fs.existsSync(dir)); });
