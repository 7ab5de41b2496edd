// Argument checks: Node's ERR_INVALID_ARG_TYPE / ERR_INVALID_ARG_VALUE /
// ERR_OUT_OF_RANGE errors and their exact messages for paths, fds, modes,
// flags, encodings, buffers, offsets, options and callbacks.
var fs = require('fs');
var tmp = fs.mkdtempSync(require('os').tmpdir() + '/x');
process.on('exit', function () { fs.rmSync(tmp, { recursive: true, force: true }); });
function show(label, fn) {
  try { var r = fn(); console.log(label, 'OK', r); }
  catch (e) { console.log(label, '|', e.name, e.code, '|', e.message.split(tmp).join('<T>')); }
}
show('readFileSync bad enc', function () { return fs.readFileSync('main.js', 'bogus'); });
show('readFileSync opts num', function () { return fs.readFileSync('main.js', 5); });
show('readFileSync bad flag', function () { return fs.readFileSync('main.js', { flag: 'zz' }); });
show('readFileSync path num float', function () { return fs.readFileSync(1.5); });
show('readFileSync path obj', function () { return fs.readFileSync({}); });
show('readFileSync path null byte', function () { return fs.readFileSync('a\u0000b'); });
show('readFile no cb', function () { return fs.readFile('main.js'); });
show('readFile cb not fn', function () { return fs.readFile('main.js', 'utf8', 5); });
show('stat no cb', function () { return fs.stat('main.js'); });
show('open bad mode', function () { return fs.openSync('main.js', 'r', 'abc'); });
show('open bad mode num', function () { return fs.openSync('main.js', 'r', -1); });
show('open bad flags type', function () { return fs.openSync('main.js', {}); });
show('close str', function () { return fs.closeSync('3'); });
show('close neg', function () { return fs.closeSync(-1); });
show('close float', function () { return fs.closeSync(1.5); });
show('close big', function () { return fs.closeSync(2 ** 31); });
show('read bad buf', function () { return fs.readSync(0, 'str'); });
show('read offset oob', function () { return fs.readSync(0, Buffer.alloc(4), 5, 1); });
show('read length oob', function () { return fs.readSync(0, Buffer.alloc(4), 0, 10); });
show('read bad pos', function () { return fs.readSync(0, Buffer.alloc(4), 0, 1, 'x'); });
show('write bad data', function () { return fs.writeSync(1, {}); });
show('writeFile bad data', function () { return fs.writeFileSync(tmp + '/zz', 5); });
show('writeFile obj data', function () { return fs.writeFileSync(tmp + '/zz', { a: 1 }); });
show('mkdir bad recursive', function () { return fs.mkdirSync(tmp + '/zz1', { recursive: 'yes' }); });
show('mkdir bad mode', function () { return fs.mkdirSync(tmp + '/zz1', 'xyz'); });
show('access bad mode', function () { return fs.accessSync('main.js', 8); });
show('access mode str', function () { return fs.accessSync('main.js', 'r'); });
show('copyFile bad mode', function () { return fs.copyFileSync('main.js', tmp + '/zz2', 9); });
show('truncate bad len', function () { return fs.truncateSync(tmp + '/zz', 'x'); });
show('utimes bad time', function () { return fs.utimesSync('main.js', 'abc', {}); });
show('chown bad uid', function () { return fs.chownSync('main.js', 'x', 0); });
show('rm bad opts', function () { return fs.rmSync(tmp + '/nope', 5); });
show('rm bad force', function () { return fs.rmSync(tmp + '/nope', { force: 1 }); });
show('readdir bad opts', function () { return fs.readdirSync('.', 5); });
show('symlink bad type', function () { return fs.symlinkSync('a', tmp + '/zzl', 'bogus'); });
show('mkdtemp bad prefix', function () { return fs.mkdtempSync(5); });
show('exists no cb', function () { return fs.exists('main.js'); });
show('existsSync num', function () { return fs.existsSync(5); });
show('rename bad', function () { return fs.renameSync(5, 'x'); });
show('rename bad2', function () { return fs.renameSync('x', 5); });
show('copyFile bad', function () { return fs.copyFileSync('x', {}); });
show('link bad', function () { return fs.linkSync(1, 'x'); });
show('fstat str', function () { return fs.fstatSync('x'); });
show('ftruncate bad len', function () { return fs.ftruncateSync(0, -1.5); });
show('chmod bad', function () { return fs.chmodSync('x', 'zz'); });
show('createReadStream bad start', function () { return fs.createReadStream('x', { start: -1 }); });
show('createReadStream start>end', function () { return fs.createReadStream('x', { start: 5, end: 2 }); });
show('createReadStream bad path', function () { return fs.createReadStream(5.5); });
show('createWriteStream bad start', function () { return fs.createWriteStream(tmp + '/x', { start: 'a' }); });
show('writeSync str pos', function () { return fs.writeSync(1, 'hi\n', null, 'bogus'); });
show('opendir bad', function () { return fs.opendirSync(5); });
show('readv bad', function () { return fs.readvSync(0, 'x'); });
