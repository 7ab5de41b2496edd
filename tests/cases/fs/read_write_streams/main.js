// fs.createReadStream / createWriteStream: 'open' and 'ready', bytesRead and
// bytesWritten, highWaterMark, start/end, encoding, flags 'a', an fd given by
// the caller (left open with autoClose false... and closed by default),
// errors for a missing file and a missing directory, destroy after 'open'.
var fs = require('fs'), os = require('os'), path = require('path');
var dir = fs.mkdtempSync(os.tmpdir() + '/x');
function L(s) { console.log(String(s).split(dir).join('<D>')); }
var file = path.join(dir, 'data.txt');
var content = '';
for (var i = 0; i < 5000; i++) content += 'line ' + i + '\n';
fs.writeFileSync(file, content);
var rs = fs.createReadStream(file, { highWaterMark: 16384 });
L('pending ' + rs.pending + ' path ' + rs.path + ' fd ' + rs.fd + ' flags ' + rs.flags + ' mode ' + rs.mode + ' autoClose ' + rs.autoClose + ' hwm ' + rs.readableHighWaterMark);
['open', 'ready', 'end', 'close'].forEach(function (ev) {
  rs.on(ev, function (a) { L('rs ' + ev + (ev === 'open' ? ' fd is number ' + (typeof a) : '') + ' bytesRead=' + rs.bytesRead); });
});
var n = 0, total = 0;
rs.on('data', function (c) { n++; total += c.length; });
rs.on('end', function () { L('chunks ' + n + ' total ' + total); });
// The next stream opens after this one has closed: two fs requests in flight
// at once on the pool may finish in either order, in node as here.
rs.on('close', next);
function next() {
  var ws = fs.createWriteStream(path.join(dir, 'out.txt'));
  ['open', 'ready', 'finish', 'close', 'drain'].forEach(function (ev) {
    ws.on(ev, function () { L('ws ' + ev + ' bytesWritten=' + ws.bytesWritten + ' pending=' + ws.pending); });
  });
  var ok = ws.write(Buffer.alloc(20000, 'a'));
  L('write 20000 -> ' + ok + ' writableLength ' + ws.writableLength + ' hwm ' + ws.writableHighWaterMark);
  ws.write('tail', function () { L('tail cb'); });
  ws.end('END', function () {
    L('end cb size ' + fs.statSync(path.join(dir, 'out.txt')).size);
    var r2 = fs.createReadStream(path.join(dir, 'out.txt'), { start: 19998, end: 20005, encoding: 'latin1' });
    r2.on('data', function (d) { L('r2 data ' + JSON.stringify(d)); });
    r2.on('close', function () {
      var missing = fs.createReadStream(path.join(dir, 'missing'));
      missing.on('error', function (e) { L('missing error ' + e.message); });
      missing.on('close', function () { L('missing close');
        var w2 = fs.createWriteStream(path.join(dir, 'nodir', 'x'));
        w2.on('error', function (e) { L('w2 error ' + e.code); });
        w2.on('close', function () { L('w2 close'); appendTest(); });
      });
    });
  });
}
function appendTest() {
  var ws = fs.createWriteStream(path.join(dir, 'out.txt'), { flags: 'a' });
  ws.end('APPENDED', function () {
    var s = fs.readFileSync(path.join(dir, 'out.txt'), 'utf8');
    L('after append tail ' + s.slice(-12));
    var fd = fs.openSync(path.join(dir, 'out.txt'), 'r');
    var r3 = fs.createReadStream(null, { fd: fd, start: 0, end: 3 });
    r3.on('data', function (d) { L('fd stream ' + d); });
    r3.on('close', function () {
      try { fs.fstatSync(fd); L('fd still open'); } catch (e) { L('fd closed ' + e.code); }
      var r4 = fs.createReadStream(path.join(dir, 'out.txt'));
      r4.on('open', function () { r4.destroy(); });
      r4.on('close', function () { L('r4 closed, destroyed ' + r4.destroyed); fs.rmSync(dir, { recursive: true }); });
    });
  });
}
