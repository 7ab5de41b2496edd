// Every fs function in its sync, callback and promise forms, with valid
// arguments (results only; errors are in the errors_* cases).
var fs = require('fs'), os = require('os'), path = require('path');
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x'));
function D(s) { return String(s).split(dir).join('<D>'); }
var f = path.join(dir, 'f.txt');
var results = [];
function rec(name, v) { results.push(name + ' ' + D(v instanceof Error ? 'ERR ' + v.code : (v && typeof v === 'object' ? (v.constructor && v.constructor.name) : v))); }
// sync forms
fs.writeFileSync(f, 'hello');
rec('accessSync', fs.accessSync(f));
rec('appendFileSync', fs.appendFileSync(f, ' world'));
rec('chmodSync', fs.chmodSync(f, '644'));
rec('chownSync', fs.chownSync(f, -1, -1));
var fd = fs.openSync(f, 'r+');
rec('fchmodSync', fs.fchmodSync(fd, 0o644));
rec('fchownSync', fs.fchownSync(fd, -1, -1));
rec('fdatasyncSync', fs.fdatasyncSync(fd));
rec('fsyncSync', fs.fsyncSync(fd));
rec('fstatSync', fs.fstatSync(fd).size);
rec('ftruncateSync', fs.ftruncateSync(fd, 8));
rec('futimesSync', fs.futimesSync(fd, new Date(1e12), 1e9));
rec('readSync', fs.readSync(fd, Buffer.alloc(3), 0, 3, 0));
rec('writeSync', fs.writeSync(fd, Buffer.from('HE'), 0, 2, 0));
rec('writeSync str', fs.writeSync(fd, 'LL', 2));
rec('readvSync', fs.readvSync(fd, [Buffer.alloc(2), Buffer.alloc(3)], 0));
rec('writevSync', fs.writevSync(fd, [Buffer.from('a'), Buffer.from('b')], 6));
rec('closeSync', fs.closeSync(fd));
rec('readFileSync', fs.readFileSync(f, 'latin1'));
rec('copyFileSync', fs.copyFileSync(f, f + '.c'));
rec('cpSync', fs.cpSync(f, f + '.cp'));
rec('linkSync', fs.linkSync(f, f + '.l'));
rec('symlinkSync', fs.symlinkSync(f, f + '.s'));
rec('lchownSync', fs.lchownSync(f + '.s', -1, -1));
rec('lutimesSync', fs.lutimesSync(f + '.s', 5, 5));
rec('lstatSync', fs.lstatSync(f + '.s').isSymbolicLink());
rec('readlinkSync', fs.readlinkSync(f + '.s'));
rec('realpathSync', fs.realpathSync(f + '.s'));
rec('realpathSync.native', fs.realpathSync.native(f + '.s'));
rec('renameSync', fs.renameSync(f + '.c', f + '.r'));
rec('truncateSync', fs.truncateSync(f + '.r', 2));
rec('readFileSync r', fs.readFileSync(f + '.r', 'utf8'));
rec('utimesSync', fs.utimesSync(f, '1000', '2000'));
rec('statSync mtime', fs.statSync(f).mtimeMs);
rec('mkdirSync', fs.mkdirSync(path.join(dir, 'sub')));
rec('mkdtempSync', typeof fs.mkdtempSync(path.join(dir, 'sub', 't')));
rec('readdirSync', fs.readdirSync(dir).sort().join(','));
rec('opendirSync', fs.opendirSync(dir).constructor.name);
rec('rmdirSync recursive', fs.rmdirSync(path.join(dir, 'sub'), { recursive: true }));
rec('unlinkSync', fs.unlinkSync(f + '.l'));
rec('rmSync', fs.rmSync(f + '.cp'));
rec('existsSync', fs.existsSync(f));
rec('statfsSync', typeof fs.statfsSync(dir).bavail);
rec('Stats', new fs.Stats(1, 2).mode);
rec('_toUnixTimestamp', fs._toUnixTimestamp(new Date(5000)));
rec('ReadStream', typeof fs.ReadStream);
rec('WriteStream', fs.WriteStream.name);
rec('FileReadStream', fs.FileReadStream === fs.ReadStream);
rec('Dir', fs.Dir.name);
rec('Dirent', fs.Dirent.name);
results.forEach(function (r) { console.log(r); });
// callback forms, chained
var g = path.join(dir, 'g.txt');
var steps = [
  ['writeFile', function (cb) { fs.writeFile(g, 'abc', cb); }],
  ['appendFile', function (cb) { fs.appendFile(g, 'def', cb); }],
  ['access', function (cb) { fs.access(g, cb); }],
  ['chmod', function (cb) { fs.chmod(g, 0o600, cb); }],
  ['chown', function (cb) { fs.chown(g, -1, -1, cb); }],
  ['lchown', function (cb) { fs.lchown(g, -1, -1, cb); }],
  ['stat', function (cb) { fs.stat(g, function (e, s) { cb(e, s.size); }); }],
  ['lstat', function (cb) { fs.lstat(g, function (e, s) { cb(e, s.isFile()); }); }],
  ['open', function (cb) { fs.open(g, 'r+', function (e, fd2) { global.fd2 = fd2; cb(e, typeof fd2); }); }],
  ['fstat', function (cb) { fs.fstat(global.fd2, function (e, s) { cb(e, s.size); }); }],
  ['fchmod', function (cb) { fs.fchmod(global.fd2, 0o644, cb); }],
  ['fchown', function (cb) { fs.fchown(global.fd2, -1, -1, cb); }],
  ['ftruncate', function (cb) { fs.ftruncate(global.fd2, 4, cb); }],
  ['futimes', function (cb) { fs.futimes(global.fd2, 1, 2, cb); }],
  ['fsync', function (cb) { fs.fsync(global.fd2, cb); }],
  ['fdatasync', function (cb) { fs.fdatasync(global.fd2, cb); }],
  ['readv', function (cb) { fs.readv(global.fd2, [Buffer.alloc(2), Buffer.alloc(2)], 0, function (e, n, bufs) { cb(e, n + ' ' + bufs.join('|')); }); }],
  ['writev', function (cb) { fs.writev(global.fd2, [Buffer.from('X'), Buffer.from('Y')], 0, function (e, n) { cb(e, n); }); }],
  ['write buf', function (cb) { fs.write(global.fd2, Buffer.from('Z'), 0, 1, 3, function (e, n) { cb(e, n); }); }],
  ['read', function (cb) { fs.read(global.fd2, Buffer.alloc(4), 0, 4, 0, function (e, n, b) { cb(e, b.toString()); }); }],
  ['close', function (cb) { fs.close(global.fd2, cb); }],
  ['copyFile', function (cb) { fs.copyFile(g, g + '.c', cb); }],
  ['cp', function (cb) { fs.cp(g, g + '.cp', cb); }],
  ['link', function (cb) { fs.link(g, g + '.l', cb); }],
  ['symlink', function (cb) { fs.symlink(g, g + '.s', cb); }],
  ['lutimes', function (cb) { fs.lutimes(g + '.s', 1, 1, cb); }],
  ['readlink', function (cb) { fs.readlink(g + '.s', function (e, t) { cb(e, D(t)); }); }],
  ['realpath', function (cb) { fs.realpath(g + '.s', function (e, t) { cb(e, D(t)); }); }],
  ['realpath.native', function (cb) { fs.realpath.native(g + '.s', function (e, t) { cb(e, D(t)); }); }],
  ['rename', function (cb) { fs.rename(g + '.c', g + '.r', cb); }],
  ['truncate', function (cb) { fs.truncate(g + '.r', 1, cb); }],
  ['readFile', function (cb) { fs.readFile(g + '.r', 'utf8', cb); }],
  ['utimes', function (cb) { fs.utimes(g, 3, 4, cb); }],
  ['mkdir', function (cb) { fs.mkdir(path.join(dir, 's2'), cb); }],
  ['mkdtemp', function (cb) { fs.mkdtemp(path.join(dir, 's2', 't'), function (e, p) { cb(e, typeof p); }); }],
  ['readdir', function (cb) { fs.readdir(dir, function (e, n) { cb(e, n.sort().join(',')); }); }],
  ['opendir', function (cb) { fs.opendir(dir, function (e, d) { cb(e, d.constructor.name); }); }],
  ['rmdir', function (cb) { fs.rmdir(path.join(dir, 's2'), { recursive: true }, cb); }],
  ['unlink', function (cb) { fs.unlink(g + '.l', cb); }],
  ['rm', function (cb) { fs.rm(g + '.cp', cb); }],
  ['statfs', function (cb) { fs.statfs(dir, function (e, s) { cb(e, typeof s.bsize); }); }],
  ['exists', function (cb) { fs.exists(g, function (x) { cb(null, x); }); }]
];
var i = 0;
function next() {
  if (i === steps.length) return promisesPart();
  var s = steps[i++];
  s[1](function (e, v) { console.log('cb ' + s[0] + ' ' + (e ? 'ERR ' + e.code : v)); next(); });
}
next();
function promisesPart() {
  var p = fs.promises;
  var h = path.join(dir, 'h.txt');
  var chain = [
    ['writeFile', function () { return p.writeFile(h, 'xyz'); }],
    ['appendFile', function () { return p.appendFile(h, '123'); }],
    ['access', function () { return p.access(h); }],
    ['chmod', function () { return p.chmod(h, 0o644); }],
    ['chown', function () { return p.chown(h, -1, -1); }],
    ['lchown', function () { return p.lchown(h, -1, -1); }],
    ['copyFile', function () { return p.copyFile(h, h + '.c'); }],
    ['cp', function () { return p.cp(h, h + '.cp'); }],
    ['link', function () { return p.link(h, h + '.l'); }],
    ['symlink', function () { return p.symlink(h, h + '.s'); }],
    ['lutimes', function () { return p.lutimes(h + '.s', 1, 1); }],
    ['lstat', function () { return p.lstat(h + '.s').then(function (s) { return s.isSymbolicLink(); }); }],
    ['stat', function () { return p.stat(h).then(function (s) { return s.size; }); }],
    ['statfs', function () { return p.statfs(dir).then(function (s) { return typeof s.type; }); }],
    ['readlink', function () { return p.readlink(h + '.s').then(D); }],
    ['realpath', function () { return p.realpath(h + '.s').then(D); }],
    ['rename', function () { return p.rename(h + '.c', h + '.r'); }],
    ['truncate', function () { return p.truncate(h + '.r', 2); }],
    ['readFile', function () { return p.readFile(h + '.r', 'utf8'); }],
    ['utimes', function () { return p.utimes(h, 7, 8); }],
    ['mkdir', function () { return p.mkdir(path.join(dir, 's3')); }],
    ['mkdtemp', function () { return p.mkdtemp(path.join(dir, 's3', 't')).then(function (x) { return typeof x; }); }],
    ['readdir', function () { return p.readdir(dir).then(function (n) { return n.sort().join(','); }); }],
    ['opendir', function () { return p.opendir(dir).then(function (d) { return d.constructor.name; }); }],
    ['rmdir', function () { return p.rmdir(path.join(dir, 's3'), { recursive: true }); }],
    ['unlink', function () { return p.unlink(h + '.l'); }],
    ['rm', function () { return p.rm(h + '.cp'); }],
    ['open+readv/writev', function () { return p.open(h, 'r+').then(function (fh) {
      return fh.writev([Buffer.from('A'), Buffer.from('B')], 0).then(function (r) { return fh.readv([Buffer.alloc(3)], 0); }).then(function (r) {
        var s = r.bytesRead + ' ' + r.buffers[0];
        return fh.chmod(0o600).then(function () { return fh.chown(-1, -1); })
          .then(function () { return fh.utimes(1, 2); }).then(function () { return fh.sync(); }).then(function () { return fh.datasync(); })
          .then(function () { return fh.appendFile('!!'); }).then(function () { return fh.writeFile('W'); })
          .then(function () { return fh.close(); }).then(function () { return s; });
      }); }); }],
    ['final content', function () { return p.readFile(h, 'utf8'); }],
    ['rm dir', function () { return p.rm(dir, { recursive: true }); }]
  ];
  var c = Promise.resolve();
  chain.forEach(function (s) {
    c = c.then(function () { return s[1](); }).then(function (v) { console.log('p ' + s[0] + ' ' + v); }, function (e) { console.log('p ' + s[0] + ' ERR ' + e.code + ' ' + e.message); });
  });
}
