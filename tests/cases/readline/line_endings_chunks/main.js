// Line endings and chunk boundaries: "\r\n", "\n" and a lone "\r" each end a
// line; a "\r\n" split across two chunks is one ending (crlfDelay); a UTF-8
// character split across chunks is held back by the decoder; text after the
// last ending waits for the next chunk or the end. U+2028 is not an ending
// in Node 20.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var Buffer = require('buffer').Buffer;

var input = new PassThrough();
var rl = readline.createInterface({ input: input, crlfDelay: 50 });
var lines = [];
rl.on('line', function (line) { lines.push(line); });
rl.on('close', function () {
  lines.forEach(function (l, i) { console.log(i + ' ' + JSON.stringify(l.replace(/\u2028/g, '<LS>'))); });
  console.log('crlfDelay ' + rl.crlfDelay);
});

var euro = Buffer.from('\u20ac');
var chunks = [
  Buffer.from('a\r\nb\rc\nd'),
  Buffer.from('e\r'),
  Buffer.from('\nf\u2028g\n'),
  Buffer.concat([Buffer.from('price: 5'), euro.slice(0, 1)]),
  Buffer.concat([euro.slice(1), Buffer.from('\n\n\r\r')]),
  Buffer.from('tail')
];
chunks.forEach(function (c) { input.write(c); });
input.end();
