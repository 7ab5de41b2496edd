// Exercise 23, a reference fix: `text += chunk` turns each 11-byte chunk into
// a string on its own, and a 3-byte character cut by a chunk border becomes
// two or three '�'. setEncoding('utf8') makes the stream decode with a
// StringDecoder, which keeps an unfinished character's bytes until the next
// chunk completes it. (Collecting the chunks and decoding
// Buffer.concat(chunks) once at the end works too.)
var fs = require('fs');
var path = require('path');

var rs = fs.createReadStream(path.join(__dirname, 'poem.txt'), { highWaterMark: 11 });
rs.setEncoding('utf8');
var text = '';
rs.on('data', function onData(chunk) {
  text += chunk;
});
rs.on('end', function onEnd() {
  console.log('poem: ' + text);
});
