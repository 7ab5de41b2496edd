// read(n) across chunks and strings, raising highWaterMark, highWaterMark 0,
// push after EOF and unshift after end errors.
var stream = require('stream');
function L(s) { console.log(s); }
var r = new stream.Readable({ read: function () {} });
r.push('abc'); r.push('defg'); r.push('hi');
L(r.read(2) + ' ' + r.read(3) + ' ' + r.read(10) + ' len=' + r.readableLength);
L(r.read(4) + ' ' + r.readableLength);
r.push(null);
L(r.read(10) + ' ' + r.read());
r.on('end', function () { L('end'); });
var s = new stream.Readable({ read: function () {}, encoding: 'utf8' });
s.push('héllo'); s.push('wörld');
L(s.read(3) + '|' + s.read(5) + '|' + s.read() + '|' + s.readableEncoding);
var big = new stream.Readable({ read: function () {} });
big.push(Buffer.alloc(10));
L('big read(20000) ' + big.read(20000) + ' hwm now ' + big.readableHighWaterMark);
var z = new stream.Readable({ highWaterMark: 0, read: function () { L('z _read'); this.push('z'); } });
z.once('readable', function () { L('z readable ' + z.read()); });
var e = new stream.Readable({ read: function () { this.push(null); } });
e.on('end', function () { L('e end'); });
e.on('close', function () { L('e close'); });
e.resume();
var pe = new stream.Readable({ read: function () {} });
pe.push(null);
pe.on('error', function (err) { L('pe error ' + err.code); });
pe.push('late');
var ue = new stream.Readable({ read: function () {} });
ue.on('error', function (err) { L('ue error ' + err.code); });
ue.push(null); ue.resume();
ue.on('end', function () { ue.unshift('x'); });
