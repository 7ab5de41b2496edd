// lastChar, lastNeed and lastTotal, as Node exposes them (lastChar is a
// 4-byte Buffer that keeps stale bytes).
var StringDecoder = require('string_decoder').StringDecoder;
var d = new StringDecoder('utf8');
function state(label) {
  console.log(label + ': lastNeed ' + d.lastNeed + ' lastTotal ' + d.lastTotal + ' lastChar ' +
    d.lastChar.toString('hex') + ' (length ' + d.lastChar.length + ', Buffer ' + Buffer.isBuffer(d.lastChar) + ')');
}
state('new');
d.write(Buffer.from([0xf0]));
state('after f0');
d.write(Buffer.from([0x9f, 0x98]));
state('after 9f 98');
d.write(Buffer.from([0x80]));
state('after 80');
d.write(Buffer.from([0xe6, 0xb7]));
state('after e6 b7');
d.end();
state('after end');
var b = new StringDecoder('base64');
b.write(Buffer.from('ab'));
console.log('base64 after 2 bytes: lastNeed ' + b.lastNeed + ' lastTotal ' + b.lastTotal + ' lastChar ' + b.lastChar.toString('hex'));
var keys = [];
for (var k in d) keys.push(k);
console.log('enumerable: ' + keys.join(','));
console.log('text(): ' + new StringDecoder('utf8').text(Buffer.from('abc\u00e9'), 1));
