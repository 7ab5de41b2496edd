// Writable: write callbacks (sync and async _write), buffered writes, end(cb),
// _final, 'prefinish'/'finish'/'close' order, write after end.
var stream = require('stream');
function L(s) { console.log(s); }
var w = new stream.Writable({
  highWaterMark: 6,
  write: function (chunk, enc, cb) {
    L('_write ' + chunk + ' ' + enc + ' len=' + this.writableLength);
    if (chunk.toString() === 'async') setImmediate(cb); else cb();
  },
  final: function (cb) { L('_final'); setImmediate(cb); }
});
['drain', 'prefinish', 'finish', 'close'].forEach(function (ev) { w.on(ev, function () { L('event ' + ev); }); });
L('w1 ' + w.write('abc', function (e) { L('cb abc ' + e); }));
L('w2 ' + w.write('async', function (e) { L('cb async ' + e); }));
L('w3 ' + w.write('xyz', function (e) { L('cb xyz ' + e); }));
L('len ' + w.writableLength + ' needDrain ' + w.writableNeedDrain);
w.end('last', function (e) { L('end cb ' + e); });
L('ended ' + w.writableEnded + ' finished ' + w.writableFinished);
w.write('more', function (e) { L('write after end cb ' + (e && e.code)); });
w.on('error', function (e) { L('error ' + e.code + ' ' + e.message); });
process.nextTick(function () { L('tick'); });
setImmediate(function () { L('imm'); });
