// Edge cases: Readable.from a custom iterable (and its return() on destroy),
// objectMode write timing, piping from a Writable, _read throwing, pipeline
// with an array source and a function destination returning a promise,
// readableHighWaterMark 0 Transforms, hex decoding, finished, promisify.
var stream = require('stream');
function L(s) { console.log(s); }
var it = {}; var k = 0;
it[Symbol.iterator] = function () { return { next: function () { k++; return k <= 3 ? { value: 'v' + k, done: false } : { value: undefined, done: true }; }, return: function () { L('iter return'); return { done: true }; } }; };
stream.Readable.from(it).on('data', function (d) { L('from iterable ' + d); }).on('end', function () { L('from iterable end'); });
var ow = new stream.Writable({ objectMode: true, write: function (c, e, cb) { cb(); } });
ow.write({ a: 1 });
process.nextTick(function () { L('tick1'); });
ow.end();
ow.on('finish', function () { L('obj finish'); });
process.nextTick(function () { L('tick2'); });
var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.on('error', function (e) { L('pipe writable error ' + e.code + ' ' + e.message); });
w.pipe(new stream.PassThrough());
var r = new stream.Readable({ read: function () { throw new Error('read threw'); } });
r.on('error', function (e) { L('r error ' + e.message); });
r.resume();
var collected = [];
stream.pipeline(['x', 'y', 'z'], new stream.Writable({ objectMode: true, write: function (c, e, cb) { collected.push(c); cb(); } }), function (err) {
  L('array pipeline ' + err + ' ' + collected.join(''));
  stream.pipeline(function () { return ['p', 'q']; }, new stream.PassThrough({ objectMode: true }), function (src) {
    return new Promise(function (resolve) { resolve('done-value'); });
  }, function (err, val) { L('fn pipeline ' + err + ' ' + val); });
});
var t0 = new stream.Transform({ readableHighWaterMark: 0, transform: function (c, e, cb) { cb(null, c); } });
L('t0 hwm r=' + t0.readableHighWaterMark + ' w=' + t0.writableHighWaterMark);
var enc = new stream.PassThrough();
enc.setEncoding('hex');
enc.on('data', function (d) { L('hex ' + d); });
enc.end('AB');
var tr = new stream.Transform({ transform: function (c, e, cb) { this.push(c); this.push(c); cb(); } , highWaterMark: 2});
var got = [];
tr.on('data', function (c) { got.push(String(c)); });
tr.on('end', function () { L('tr got ' + got.join(',')); });
for (var i = 0; i < 5; i++) L('tr.write ' + tr.write('' + i));
tr.end();
stream.finished(new stream.PassThrough().end('x').resume(), function (err) { L('finished pt ' + err); });
require('stream/promises').finished(new stream.Readable({ read: function () { this.destroy(new Error('nope')); } }).resume()).catch(function (e) { L('promise finished rejects ' + e.message); });
var u = require('util');
L('promisify custom ' + (u.promisify(stream.pipeline) === require('stream/promises').pipeline) + ' ' + (u.promisify(stream.finished) === require('stream').promises.finished));
L('keys ' + Object.keys(stream).join(','));
