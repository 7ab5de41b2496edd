// _construct (sync and async), one source piped to two destinations and unpiped,
// once('readable') cycles, a failing transform, iterator(), legacy Stream.pipe, wrap().
var stream = require('stream');
function L(s) { console.log(s); }
// construct
var c = new stream.Writable({
  construct: function (cb) { L('construct'); setImmediate(function () { L('constructed'); cb(); }); },
  write: function (ch, e, cb) { L('c write ' + ch); cb(); }
});
c.write('early');
L('c len ' + c.writableLength);
c.end();
c.on('finish', function () { L('c finish'); });
var rc = new stream.Readable({
  construct: function (cb) { L('r construct'); cb(); },
  read: function () { this.push('r'); this.push(null); }
});
rc.on('data', function (d) { L('rc data ' + d); });
// multiple pipes
var src = new stream.PassThrough();
var a = new stream.PassThrough({ highWaterMark: 2 });
var b = new stream.PassThrough({ highWaterMark: 2 });
src.pipe(a); src.pipe(b);
L('pipesCount ' + src._readableState.pipesCount);
src.write('12345');
src.write('678');
setImmediate(function () {
  L('a buffered ' + a.readableLength + ' b ' + b.readableLength + ' src flowing ' + src.readableFlowing + ' awaiting ' + src.writableLength);
  a.on('data', function (d) { L('a ' + d); });
  src.unpipe(b);
  L('after unpipe pipes ' + src._readableState.pipes.length);
  src.end();
});
// once readable cycles
var r = new stream.Readable({ read: function () {} });
r.push('x1');
r.once('readable', function () { L('once readable ' + r.read()); r.push('x2'); r.once('readable', function () { L('once readable2 ' + r.read()); }); });
// errors in transform
var t = new stream.Transform({ transform: function (ch, e, cb) { cb(new Error('t fail')); } });
t.on('error', function (e) { L('t error ' + e.message + ' errored ' + (t.errored && t.errored.message) + ' writableAborted ' + t.writableAborted + ' readableAborted ' + t.readableAborted); });
t.on('close', function () { L('t close'); });
t.write('x', function (e) { L('t write cb ' + (e && e.message)); });
// iterator
var it = stream.Readable.from(['i1', 'i2']).iterator();
function pull() {
  it.next().then(function (res) { L('iter ' + JSON.stringify(res)); if (!res.done) pull(); });
}
pull();
// legacy Stream pipe
var legacy = new stream.Stream();
legacy.readable = true;
var lw = new stream.Writable({ write: function (ch, e, cb) { L('legacy got ' + ch); cb(); } });
legacy.pipe(lw);
legacy.emit('data', 'L1');
legacy.emit('end');
lw.on('finish', function () { L('lw finish'); });
// wrap
var old = new (require('events'))();
var wr = new stream.Readable().wrap(old);
wr.on('data', function (d) { L('wrapped ' + d); });
wr.on('end', function () { L('wrapped end'); });
old.emit('data', Buffer.from('W'));
old.emit('end');
L('didRead ' + wr.readableDidRead);
