// utf16le: an odd byte or a high surrogate is held until its partner comes.
var StringDecoder = require('string_decoder').StringDecoder;
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return '[' + out.join(' ') + ']';
}
var text = 'a\u6df1\ud83d\ude00z';
var bytes = Buffer.from(text, 'utf16le');
for (var cut = 0; cut <= bytes.length; cut++) {
  var d = new StringDecoder('utf16le');
  var first = d.write(bytes.slice(0, cut));
  var need = d.lastNeed + '/' + d.lastTotal;
  var second = d.write(bytes.slice(cut));
  console.log('cut ' + cut + ': ' + codes(first) + ' need/total ' + need + ' then ' + codes(second) +
    ' end ' + codes(d.end()));
}
var d2 = new StringDecoder('ucs2');
console.log('encoding: ' + d2.encoding);
console.log('odd then end: ' + codes(d2.write(Buffer.from([0x41, 0x00, 0x42]))) + ' ' + codes(d2.end()));
var d3 = new StringDecoder('utf-16le');
console.log('lone high surrogate at end: ' + codes(d3.write(Buffer.from([0x3d, 0xd8]))) + ' ' + codes(d3.end()));
