// push() before anyone reads: return values against highWaterMark, setEncoding
// joining a character split across chunks, objectMode counting objects, unshift.
var stream = require('stream');
function L(s) { console.log(s); }
var r = new stream.Readable({ read: function () {} , highWaterMark: 8});
L('push1 ' + r.push('hello'));
L('push2 ' + r.push('world'));
L('push3 ' + r.push('!'));
L('len ' + r.readableLength + ' flowing ' + r.readableFlowing);
r.push(null);
L('after null: ended state ' + r._readableState.ended + ' readableEnded ' + r.readableEnded);
r.on('data', function (c) { L('data ' + c + ' ' + typeof c); });
r.on('end', function () { L('end'); });
r.on('close', function () { L('close'); });
process.nextTick(function () { L('tick'); });
var r2 = new stream.Readable({ read: function () {} });
r2.setEncoding('utf8');
r2.push(Buffer.from([0xe2, 0x82]));
r2.push(Buffer.from([0xac, 0x41]));
r2.push(null);
r2.on('data', function (c) { L('r2 data ' + JSON.stringify(c)); });
var r3 = new stream.Readable({ objectMode: true, read: function () {} });
L('obj push ' + r3.push({ a: 1 }) + ' ' + r3.readableLength + ' hwm ' + r3.readableHighWaterMark);
for (var k = 0; k < 16; k++) r3.push(k);
L('obj len ' + r3.readableLength + ' push17 ' + r3.push(17));
L('read ' + JSON.stringify(r3.read()) + ' ' + r3.read());
r3.unshift('front');
L('after unshift ' + r3.read());
