// readFile of a directory (EISDIR on read, no path), a /proc file whose size
// stat does not know, readFile/readFileSync on an fd (from its position),
// fs.read in its three forms, fs.write of a string.
var fs = require('fs'), os = require('os'), path = require('path');
var dir = fs.mkdtempSync(os.tmpdir() + '/x');
function L(s) { console.log(String(s).split(dir).join('<D>')); }
fs.writeFileSync(path.join(dir, 'f'), 'abc');
fs.mkdirSync(path.join(dir, 'd'));
try { fs.readFileSync(path.join(dir, 'd')); } catch (e) { L('sync dir: ' + e.message + ' ' + Object.keys(e)); }
try { fs.readFileSync(path.join(dir, 'd'), 'utf8'); } catch (e) { L('sync dir utf8: ' + e.message); }
fs.readFile(path.join(dir, 'd'), function (e) { L('async dir: ' + e.message + ' ' + Object.keys(e));
  fs.readFile('/proc/self/status', 'utf8', function (e, s) { L('proc ' + (e ? e.code : s.indexOf('Name:') === 0));
    var fd = fs.openSync(path.join(dir, 'f'), 'r');
    fs.readFile(fd, 'utf8', function (e, s) { L('fd readFile ' + s);
      L('sync fd ' + fs.readFileSync(fd, 'utf8') + '|');
      fs.closeSync(fd);
      var fd2 = fs.openSync(path.join(dir, 'f'), 'r');
      L('sync fd fresh ' + fs.readFileSync(fd2, 'utf8'));
      var buf = Buffer.alloc(10);
      fs.read(fd2, buf, 0, 10, 0, function (e, n, b) { L('read ' + n + ' ' + b.slice(0, n) + ' same ' + (b === buf));
        fs.read(fd2, function (e, n, b) { L('read(fd, cb) ' + n + ' ' + b.length);
          fs.read(fd2, { buffer: Buffer.alloc(2), position: 1 }, function (e, n, b) { L('read opts ' + n + ' ' + b);
            fs.write(1, 'via fs.write\n', function (e, n, s) { L('write str ' + n + ' ' + JSON.stringify(s));
              fs.closeSync(fd2);
              fs.rmSync(dir, { recursive: true });
            });
          });
        });
      });
    });
  });
});
setImmediate(function () { L('immediate 1'); setImmediate(function () { L('immediate 2'); setImmediate(function () { L('immediate 3'); }); }); });
