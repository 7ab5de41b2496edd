// UTF-8 characters split across writes are held back until complete, for
// every split point of a mixed string.
var StringDecoder = require('string_decoder').StringDecoder;
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return '[' + out.join(' ') + ']';
}
var text = 'a\u00e9\u6df1\ud83d\ude00z';
var bytes = Buffer.from(text);
for (var cut = 0; cut <= bytes.length; cut++) {
  var d = new StringDecoder('utf8');
  var first = d.write(bytes.slice(0, cut));
  var need = d.lastNeed;
  var second = d.write(bytes.slice(cut));
  var rest = d.end();
  console.log('cut ' + cut + ': ' + codes(first) + ' need ' + need + ' then ' + codes(second) +
    ' end ' + codes(rest) + ' ok ' + (first + second + rest === text));
}
// Three-way splits of one 4-byte character.
var smile = Buffer.from('\ud83d\ude00');
var d3 = new StringDecoder();
console.log('1: ' + codes(d3.write(smile.slice(0, 1))) + ' 2: ' + codes(d3.write(smile.slice(1, 2))) +
  ' 3: ' + codes(d3.write(smile.slice(2, 3))) + ' 4: ' + codes(d3.write(smile.slice(3))));
console.log('strings pass through: ' + d3.write('as is'));
console.log('encoding names: ' + [new StringDecoder().encoding, new StringDecoder('UTF-8').encoding,
  new StringDecoder('utf-8').encoding].join(','));
