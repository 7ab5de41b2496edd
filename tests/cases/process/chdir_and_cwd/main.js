// process.chdir and process.cwd: a change is seen by cwd() and by relative
// paths; a missing directory throws ENOENT with Node's message (both paths
// quoted), errno, code and syscall; a non-string argument is a TypeError.
var fs = require('fs');
var os = require('os');
var path = require('path');
var start = process.cwd();
var dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cd-')));
process.chdir(dir);
console.log('cwd is the new dir:', process.cwd() === dir);
fs.writeFileSync('here.txt', 'x');
console.log('relative write lands there:', fs.existsSync(path.join(dir, 'here.txt')));
try {
  process.chdir('/nonexistent_chdir_target');
} catch (e) {
  console.log(e.message.split(dir).join('<dir>'));
  console.log(e.code, e.errno, e.syscall);
}
try {
  process.chdir(42);
} catch (e) {
  console.log(e.name, e.code);
}
process.chdir(start);
fs.rmSync(dir, { recursive: true });
console.log('back:', process.cwd() === start);
