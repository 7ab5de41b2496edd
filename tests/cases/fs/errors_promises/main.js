// fs.promises rejects with the same errors; a bad argument rejects too
// (the functions are async in Node) instead of throwing.
var fs = require('fs');
var fsp = require('fs/promises');
var os = require('os');
var dir = fs.mkdtempSync(os.tmpdir() + '/x');
function D(p) { return String(p).split(dir).join('<D>'); }
fs.writeFileSync(dir + '/f', 'data');
fs.mkdirSync(dir + '/d');
fs.writeFileSync(dir + '/d/inner', 'x');
var steps = [
  ['readFile missing', function () { return fsp.readFile(dir + '/missing'); }],
  ['readFile dir', function () { return fsp.readFile(dir + '/d'); }],
  ['open wx', function () { return fsp.open(dir + '/f', 'wx'); }],
  ['open bad flags', function () { return fsp.open(dir + '/f', 'zz'); }],
  ['mkdir exists', function () { return fsp.mkdir(dir + '/d'); }],
  ['rmdir not empty', function () { return fsp.rmdir(dir + '/d'); }],
  ['rm dir', function () { return fsp.rm(dir + '/d'); }],
  ['rm bad options', function () { return fsp.rm(dir + '/d', 7); }],
  ['readdir file', function () { return fsp.readdir(dir + '/f'); }],
  ['rename missing', function () { return fsp.rename(dir + '/missing', dir + '/z'); }],
  ['copyFile missing', function () { return fsp.copyFile(dir + '/missing', dir + '/z'); }],
  ['realpath missing', function () { return fsp.realpath(dir + '/missing'); }],
  ['stat missing', function () { return fsp.stat(dir + '/missing'); }],
  ['access X_OK', function () { return fsp.access(dir + '/f', fs.constants.X_OK); }],
  ['unlink dir', function () { return fsp.unlink(dir + '/d'); }],
  ['writeFile bad data', function () { return fsp.writeFile(dir + '/w', 42); }],
  ['readFile no path', function () { return fsp.readFile(); }],
  ['stat bad path', function () { return fsp.stat({}); }],
  ['chmod bad mode', function () { return fsp.chmod(dir + '/f', 'rw'); }],
  ['truncate missing', function () { return fsp.truncate(dir + '/missing', 1); }],
  ['handle after close', function () {
    return fsp.open(dir + '/f', 'r').then(function (h) {
      return h.close().then(function () { return h.read(Buffer.alloc(2), 0, 2, 0); });
    });
  }]
];
var chain = Promise.resolve();
steps.forEach(function (step) {
  chain = chain.then(function () {
    var p;
    try {
      p = step[1]();
    } catch (e) {
      console.log(step[0] + ': THREW ' + e.code);
      return undefined;
    }
    return p.then(function (v) {
      console.log(step[0] + ': resolved ' + (v && v.constructor && v.constructor.name));
    }, function (e) {
      console.log(step[0] + ': ' + e.name + ' | ' + D(e.message) + ' | ' + e.code + ' ' + e.syscall);
    });
  });
});
chain.then(function () {
  return fsp.rm(dir, { recursive: true });
}).then(function () { console.log('removed: ' + !fs.existsSync(dir)); });
