// fs.cpSync / fs.cp / fs.promises.cp: files, trees with recursive, symlinks,
// force and errorOnExist, filter, and the ERR_FS_CP_* and ERR_FS_EISDIR errors.
var fs = require('fs'), os = require('os');
var dir = fs.mkdtempSync(os.tmpdir() + '/x');
var D = function (p) { return String(p).split(dir).join('<D>'); };
function show(label, fn) {
  try { var r = fn(); console.log(label, 'OK', r); }
  catch (e) { console.log(label, e.name, '|', D(e.message), '|', e.code, e.errno, e.syscall, D(e.path), Object.keys(e).join(','), e.info && D(JSON.stringify(e.info))); }
}
process.chdir(dir);
fs.mkdirSync('src/sub', { recursive: true });
fs.writeFileSync('src/a.txt', 'A');
fs.writeFileSync('src/sub/b.txt', 'B');
fs.symlinkSync('a.txt', 'src/link');
fs.writeFileSync('file', 'F');
show('cp file', function () { return fs.cpSync('file', 'file2'); });
show('cp file exists force', function () { return fs.cpSync('file', 'file2'); });
show('cp file exists noforce errorOnExist', function () { return fs.cpSync('file', 'file2', { force: false, errorOnExist: true }); });
show('cp file exists noforce', function () { return fs.cpSync('file', 'file2', { force: false }); });
show('cp same', function () { return fs.cpSync('file', 'file'); });
show('cp dir recursive', function () { return fs.cpSync('src', 'dst', { recursive: true }); });
console.log(fs.readdirSync('dst', { recursive: true }).sort(), D(fs.readlinkSync('dst/link')));
show('cp dir into self', function () { return fs.cpSync('src', 'src/sub/x', { recursive: true }); });
show('cp dir over file', function () { return fs.cpSync('src', 'file', { recursive: true }); });
show('cp file over dir', function () { return fs.cpSync('file', 'dst'); });
show('cp filter', function () { return fs.cpSync('src', 'dst3', { recursive: true, filter: function (s) { return s.indexOf('sub') === -1; } }); });
console.log(fs.readdirSync('dst3').sort());
show('cp bad opts', function () { return fs.cpSync('src', 'x', 5); });
show('cp bad filter', function () { return fs.cpSync('src', 'x', { filter: 5 }); });
fs.cp('src', 'dst4', { recursive: true }, function (err) { console.log('async cp', err); console.log(fs.readdirSync('dst4').sort()); 
  fs.cp('src', 'dst5', function (err) { console.log('async cp no rec', err && err.code, err && D(err.message)); 
  fs.promises.cp('file', 'file5').then(function () { console.log('promise cp ok', fs.readFileSync('file5', 'utf8')); fs.rmSync(dir, { recursive: true }); }); });
});
