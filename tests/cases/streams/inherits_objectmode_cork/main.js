// util.inherits-style stream classes, instanceof across the classes, objectMode
// writes, argument errors, cork/uncork with _writev, allowHalfOpen: false.
var stream = require('stream');
var util = require('util');
function L(s) { console.log(s); }
function MyReadable(opts) {
  stream.Readable.call(this, opts);
  this.n = 0;
}
util.inherits(MyReadable, stream.Readable);
MyReadable.prototype._read = function () {
  this.push(this.n < 2 ? 'n' + this.n++ : null);
};
var m = new MyReadable();
L('instanceof ' + (m instanceof stream.Readable) + ' ' + (m instanceof stream) + ' ' + (m instanceof require('events')));
m.on('data', function (d) { L('m ' + d); });
m.on('end', function () { L('m end'); });
function MyWritable() { stream.Writable.call(this, { decodeStrings: false }); }
util.inherits(MyWritable, stream.Writable);
MyWritable.prototype._write = function (c, enc, cb) { L('mw ' + typeof c + ' ' + c + ' ' + enc); cb(); };
var mw = new MyWritable();
mw.write('str');
mw.write(Buffer.from('b'));
mw.end();
var d = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
L('duplex instanceof Writable ' + (d instanceof stream.Writable) + ' Readable ' + (d instanceof stream.Readable));
L('Readable instanceof Writable ' + (m instanceof stream.Writable));
var w = new stream.Writable({ objectMode: true, write: function (c, e, cb) { L('obj write ' + JSON.stringify(c) + ' enc=' + e); cb(); } });
w.write({ x: 1 });
w.write('s');
w.end();
w.on('finish', function () { L('obj finish'); });
try { new stream.Writable().write(null); } catch (e) { L(e.code + ' ' + e.message); }
try { new stream.Writable().write(5); } catch (e) { L(e.code + ' ' + e.message); }
try { new stream.Writable().write('a', 'bogus'); } catch (e) { L(e.code + ' ' + e.message); }
var nw = new stream.Writable();
nw.on('error', function (e) { L('nw error ' + e.code + ' ' + e.message); });
try { nw.write('x'); } catch (e) { L('nw throws ' + e.code + ' ' + e.message); }
try { new stream.Readable({ highWaterMark: -1 }); } catch (e) { L(e.code + ' ' + e.message); }
var nr = new stream.Readable();
nr.on('error', function (e) { L('nr error ' + e.code + ' ' + e.message); });
nr.read();
L('hwm ' + new stream.Readable().readableHighWaterMark + ' ' + new stream.Writable({objectMode:true}).writableHighWaterMark);
var c = new stream.Writable({ writev: function (chunks, cb) { L('writev ' + chunks.length + ' ' + chunks.map(function (x) { return x.chunk; }).join('|')); cb(); } , write: function (ch, e, cb) { L('single ' + ch); cb(); } });
c.cork();
c.write('1'); c.write('2'); c.write('3');
L('corked ' + c.writableCorked + ' len ' + c.writableLength);
process.nextTick(function () { c.uncork(); });
var h = new stream.Duplex({ allowHalfOpen: false, read: function () { this.push('x'); this.push(null); }, write: function (c, e, cb) { cb(); } });
h.on('finish', function () { L('h finish'); });
h.on('end', function () { L('h end'); });
h.on('close', function () { L('h close'); });
h.resume();
