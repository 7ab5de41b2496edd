// Lesson 23: multi-byte characters cut in half. A stream hands out a file in
// chunks of bytes (here 11 bytes at a time, to make the point), and the
// chunk borders fall in the middle of 3-byte characters. Turning each chunk
// into a string on its own breaks those characters; a decoder that keeps the
// unfinished bytes for the next chunk (setEncoding, StringDecoder) or joining
// the bytes first (Buffer.concat) does not.
var fs = require('fs');
var path = require('path');
var StringDecoder = require('string_decoder').StringDecoder;

var poem = path.join(__dirname, 'poem.txt');  // 24 characters, 72 bytes

function naive(done) {
  var rs = fs.createReadStream(poem, { highWaterMark: 11 });
  var text = '';
  var chunks = 0;
  rs.on('data', function onData(chunk) {
    chunks++;
    text += chunk;  // chunk.toString(): each chunk decoded on its own
  });
  rs.on('end', function onEnd() {
    console.log('data += chunk: ' + text + ' (' + chunks + ' chunks)');
    done();
  });
}

function withEncoding(done) {
  var rs = fs.createReadStream(poem, { highWaterMark: 11 });
  rs.setEncoding('utf8');  // chunks become strings, decoded by a StringDecoder
  var text = '';
  rs.on('data', function onData(chunk) { text += chunk; });
  rs.on('end', function onEnd() {
    console.log('setEncoding: ' + text);
    done();
  });
}

function decoderByHand() {
  // The first two chunks of the file, as bytes: 床前明 + 2 bytes of 月, then
  // the last byte of 月 + 光，疑 + 1 byte of 是.
  var decoder = new StringDecoder('utf8');
  console.log('decoder, chunk 1: ' + decoder.write(Buffer.from([0xE5, 0xBA, 0x8A, 0xE5, 0x89,
    0x8D, 0xE6, 0x98, 0x8E, 0xE6, 0x9C])));
  console.log('decoder, chunk 2: ' + decoder.write(Buffer.from([0x88, 0xE5, 0x85, 0x89, 0xEF,
    0xBC, 0x8C, 0xE7, 0x96, 0x91, 0xE6])));
}

function concatenated(done) {
  var rs = fs.createReadStream(poem, { highWaterMark: 11 });
  var chunks = [];
  var size = 0;
  rs.on('data', function onData(chunk) {
    chunks.push(chunk);
    size += chunk.length;
  });
  rs.on('end', function onEnd() {
    console.log('Buffer.concat: ' + Buffer.concat(chunks, size).toString('utf8') +
                ' (' + size + ' bytes)');
    done();
  });
}

// One after the other, so that the output order is fixed.
naive(function () {
  withEncoding(function () {
    decoderByHand();
    concatenated(function () {});
  });
});
