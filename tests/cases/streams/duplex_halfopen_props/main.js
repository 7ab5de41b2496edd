// Duplex sides are independent: ending the writable side leaves the readable
// one open (allowHalfOpen), and the stream is destroyed when both are done.
// The state properties through a stream's life.
var stream = require('stream');
function L(s) { console.log(s); }
function props(name, s) {
  L(name + ': readable=' + s.readable + ' writable=' + s.writable + ' readableEnded=' +
    s.readableEnded + ' writableEnded=' + s.writableEnded + ' writableFinished=' +
    s.writableFinished + ' destroyed=' + s.destroyed + ' closed=' + s.closed +
    ' errored=' + (s.errored && s.errored.message) + ' readableFlowing=' + s.readableFlowing);
}
var d = new stream.Duplex({
  read: function () {},
  write: function (chunk, enc, cb) { L('duplex got ' + chunk); cb(); }
});
props('new', d);
d.on('finish', function () { props('finish', d); d.push('reply'); d.push(null); });
d.on('data', function (c) { L('duplex data ' + c); });
d.on('end', function () { props('end', d); });
d.on('close', function () { props('close', d); });
d.end('request');
props('after end()', d);

var r = new stream.Readable({ read: function () {} });
r.on('error', function () {});
r.on('close', function () { props('errored readable closed', r); });
r.destroy(new Error('bad'));
props('errored readable', r);

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.end();
w.end(function (err) { L('second end cb: ' + (err && err.code)); });
w.on('close', function () {
  w.end(function (err) { L('end after close: ' + err.code + ' ' + err.message); });
  w.write('x', function (err) { L('write after close: ' + err.code); });
});
w.on('error', function (e) { L('w error ' + e.code); });
