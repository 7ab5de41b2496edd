// A Readable that pushes inside _read: 'resume', 'data', 'end' and 'close' each come
// on a later tick, interleaved with the script's own nextTick, promise and immediate.
var stream = require('stream');
var log = [];
function L(s) { console.log(s); }
var i = 0;
var r = new stream.Readable({
  read: function (n) {
    L('_read ' + n + ' i=' + i);
    if (i < 3) this.push('c' + (i++));
    else this.push(null);
  }
});
['resume', 'pause', 'end', 'close', 'readable'].forEach(function (ev) {
  if (ev !== 'readable') r.on(ev, function () { L('event ' + ev); });
});
r.on('data', function (c) { L('data ' + c); });
process.nextTick(function () { L('tick A'); });
Promise.resolve().then(function () { L('micro A'); });
setImmediate(function () { L('immediate'); });
L('sync end; flowing=' + r.readableFlowing + ' length=' + r.readableLength);
