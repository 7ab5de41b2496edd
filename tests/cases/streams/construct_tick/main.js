// _construct calling back at once still defers the first read by a tick.
var stream = require('stream');
function L(s) { console.log(s); }
var rc = new stream.Readable({
  construct: function (cb) { L('r construct'); cb(); },
  read: function () { L('_read'); this.push('r'); this.push(null); }
});
rc.on('resume', function () { L('resume ev constructed=' + rc._readableState.constructed); });
rc.on('data', function (d) { L('rc data ' + d); });
process.nextTick(function () { L('t1'); process.nextTick(function () { L('t2'); process.nextTick(function () { L('t3'); process.nextTick(function () { L('t4'); }); }); }); });
