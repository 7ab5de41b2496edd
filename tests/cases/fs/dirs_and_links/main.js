// Directories and links: mkdir recursive returning the first directory it
// made (relative as given), readdir withFileTypes (Dirent) and recursive,
// opendir, realpath through a symlink, lstat/stat of links, rmdir and rm
// recursive, exists/existsSync, statfs.
var fs = require('fs');
var os = require('os');
var path = require('path');
var dir = fs.mkdtempSync(os.tmpdir() + '/x');
function D(s) { return String(s).split(fs.realpathSync(dir)).join('<D>').split(dir).join('<D>'); }
process.chdir(dir);
console.log('mkdir -p returns', fs.mkdirSync('a/b/c', { recursive: true }));
console.log('again returns', fs.mkdirSync('a/b/c', { recursive: true }));
console.log('plain mkdir returns', fs.mkdirSync('e'));
fs.writeFileSync('a/file.txt', 'hello');
fs.writeFileSync('a/b/deep.txt', 'deep');
fs.symlinkSync('file.txt', 'a/link');
fs.symlinkSync(path.join(dir, 'a', 'b'), 'dirlink');
console.log(fs.readdirSync('a', { withFileTypes: true }).map(function (d) {
  return d.name + ':' + (d.isFile() ? 'file' : d.isDirectory() ? 'dir' : d.isSymbolicLink() ? 'link' : '?') + ':' + d.parentPath;
}).sort().join(' '));
console.log('recursive', fs.readdirSync('a', { recursive: true }).sort().join(' '));
console.log('recursive types', fs.readdirSync('a', { recursive: true, withFileTypes: true }).map(function (d) {
  return path.join(d.parentPath, d.name);
}).sort().join(' '));
console.log('buffer names', fs.readdirSync('a', 'buffer').map(function (b) { return Buffer.isBuffer(b); }).join(','));
console.log('realpath', D(fs.realpathSync('dirlink/deep.txt')), D(fs.realpathSync('a/link')));
console.log('lstat link', fs.lstatSync('a/link').isSymbolicLink(), 'stat link', fs.statSync('a/link').isFile(),
  'size', fs.statSync('a/link').size);
console.log('readlink', fs.readlinkSync('a/link'), fs.readlinkSync('a/link', 'buffer').toString('hex'));
console.log('stat throwIfNoEntry false:', fs.statSync('nope', { throwIfNoEntry: false }));
var d = fs.opendirSync('a');
var names = [];
var ent;
while ((ent = d.readSync()) !== null) names.push(ent.name + (ent.isDirectory() ? '/' : ''));
d.closeSync();
console.log('opendir', names.sort().join(' '), 'path', d.path);
try { d.readSync(); } catch (e) { console.log(e.code, e.message); }
console.log('exists', fs.existsSync('a/b'), fs.existsSync('a/none'), fs.existsSync(), fs.existsSync(''));
var sf = fs.statfsSync('.');
console.log('statfs', typeof sf.bsize, sf.blocks > 0, Object.keys(sf).join(','));
try { fs.rmdirSync('a'); } catch (e) { console.log(e.code); }
fs.rmdirSync('e');
fs.rmSync('a', { recursive: true });
console.log('after rm', fs.readdirSync('.').sort().join(' '));
fs.opendir('.', function (err, dir2) {
  dir2.read(function (err2, entry) {
    console.log('async opendir first entry', entry.name, entry.isSymbolicLink());
    dir2.close(function () {
      fs.mkdir('p/q', { recursive: true }, function (err3, first) {
        console.log('async mkdir -p', err3, first);
        fs.readdir('.', { withFileTypes: true }, function (err4, list) {
          console.log('async readdir', list.map(function (x) { return x.name; }).sort().join(' '));
          process.chdir(os.tmpdir());
          fs.rm(dir, { recursive: true }, function (err5) {
            console.log('rm -r', err5, fs.existsSync(dir));
          });
        });
      });
    });
  });
});
