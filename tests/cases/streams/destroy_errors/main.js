// destroy(err) and errors from _write: 'error' then 'close', queued write callbacks
// failing, a custom async _destroy.
var stream = require('stream');
function L(s) { console.log(s); }
var r = new stream.Readable({ read: function () {} });
r.on('error', function (e) { L('r error ' + e.message); });
r.on('close', function () { L('r close errored=' + (r.errored && r.errored.message) + ' destroyed=' + r.destroyed); });
r.destroy(new Error('boom'));
L('destroyed now ' + r.destroyed + ' ' + r.readable);
r.destroy(new Error('again'));
var w = new stream.Writable({ write: function (c, e, cb) { setImmediate(cb); } });
w.write('a', function (e) { L('w cb1 ' + (e && e.message)); });
w.write('b', function (e) { L('w cb2 ' + (e && e.code)); });
w.end(function (e) { L('w end cb ' + (e && e.code)); });
w.on('error', function (e) { L('w error ' + e.message); });
w.on('close', function () { L('w close'); });
w.destroy();
L('w destroyed ' + w.destroyed + ' writable ' + w.writable);
var w2 = new stream.Writable({ write: function (c, e, cb) { cb(new Error('write failed')); } });
w2.on('error', function (e) { L('w2 error ' + e.message); });
w2.on('close', function () { L('w2 close'); });
L('w2 write ' + w2.write('x', function (e) { L('w2 cb ' + e.message); }));
var d = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } ,
  destroy: function (err, cb) { L('_destroy ' + err); setImmediate(function () { cb(err); }); } });
d.on('close', function () { L('d close'); });
d.destroy();
process.nextTick(function () { L('tick'); });
