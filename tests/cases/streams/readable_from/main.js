// Readable.from: arrays, promised values, a string and a Buffer as single chunks,
// toArray, and the error for a non-iterable.
var stream = require('stream');
function L(s) { console.log(s); }
var r = stream.Readable.from(['a', 'b', 'c']);
r.on('data', function (d) { L('data ' + d); });
r.on('end', function () { L('end'); });
r.on('close', function () { L('close'); });
process.nextTick(function () { L('tick'); });
Promise.resolve().then(function () { L('micro'); });
var r2 = stream.Readable.from([Promise.resolve(1), 2, Promise.resolve(3)]);
r2.on('data', function (d) { L('r2 data ' + d); });
r2.on('end', function () { L('r2 end'); });
var r3 = stream.Readable.from('whole string');
r3.on('data', function (d) { L('r3 ' + d); });
var r4 = stream.Readable.from(Buffer.from('buf'));
r4.on('data', function (d) { L('r4 ' + d + ' ' + Buffer.isBuffer(d)); });
stream.Readable.from([1, 2, 3]).toArray().then(function (a) { L('toArray ' + JSON.stringify(a)); });
try { stream.Readable.from(5); } catch (e) { L(e.code + ': ' + e.message); }
