// Backpressure by hand: write until write() returns false, wait for 'drain',
// go on. Shows where 'drain' lands among ticks and immediates, what
// writableLength and writableNeedDrain say, and that a sink that calls back
// synchronously never says false.
var stream = require('stream');
function L(s) { console.log(s); }

var pending = [];
var slow = new stream.Writable({
  highWaterMark: 10,
  write: function (chunk, enc, cb) {
    pending.push(cb);
    setImmediate(function () { pending.shift()(); });
  }
});
var i = 0;
var drains = 0;
function writeMore() {
  var ok = true;
  while (i < 12 && ok) {
    ok = slow.write('abcd');
    i++;
    L('write #' + i + ' -> ' + ok + ' length=' + slow.writableLength + ' needDrain=' + slow.writableNeedDrain);
  }
  if (i < 12) {
    slow.once('drain', function () {
      drains++;
      L('drain #' + drains + ' length=' + slow.writableLength);
      process.nextTick(function () { L('tick after drain'); });
      writeMore();
    });
  } else {
    slow.end(function () { L('end callback, drains=' + drains); });
  }
}
writeMore();
setImmediate(function () { L('immediate from main'); });

var fast = new stream.Writable({ highWaterMark: 4, write: function (c, e, cb) { cb(); } });
var all = true;
for (var k = 0; k < 10; k++) all = fast.write('123456') && all;
L('sync sink: every write true? ' + all + ', length ' + fast.writableLength);

var zero = new stream.Writable({ highWaterMark: 0, write: function (c, e, cb) { setImmediate(cb); } });
L('hwm 0 first write -> ' + zero.write('x'));
zero.on('drain', function () { L('hwm 0 drain'); });
