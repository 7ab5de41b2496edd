// Exercise 23 (fix the script): this reads poem.txt as a stream, 11 bytes at
// a time (a small highWaterMark stands in for a big file read in 64 KiB
// chunks), and prints it. Some characters come out as '�'. Fix it so that the
// poem prints intact, still reading the file as a stream of 11-byte chunks.
var fs = require('fs');
var path = require('path');

var rs = fs.createReadStream(path.join(__dirname, 'poem.txt'), { highWaterMark: 11 });
var text = '';
rs.on('data', function onData(chunk) {
  text += chunk;
});
rs.on('end', function onEnd() {
  console.log('poem: ' + text);
});
