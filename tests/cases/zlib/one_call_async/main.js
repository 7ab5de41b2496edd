// The one-call forms with a callback run as streams on the thread pool:
// each result arrives in a later callback, after the main script and its
// nextTicks; chained, they round-trip; info: true gives the engine too.
var zlib = require('zlib');
var input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(50));
zlib.gzip(input, function (err, zipped) {
  console.log('gzip', err, zipped.length < input.length);
  zlib.gunzip(zipped, function (err2, out) {
    console.log('gunzip', err2, out.equals(input));
    zlib.deflateRaw(input, { level: 1 }, function (err3, raw) {
      console.log('deflateRaw', err3, raw.equals(zlib.deflateRawSync(input, { level: 1 })));  // same library both ways
      zlib.inflateRaw(raw, { info: true }, function (err4, result) {
        console.log('inflateRaw info', err4, Object.keys(result), result.buffer.length, result.engine.bytesWritten === raw.length);
        zlib.unzip(zlib.deflateSync('both headers'), function (err5, text) {
          console.log('unzip', err5, text.toString());
          zlib.inflate(zlib.deflateSync(''), function (err6, empty) {
            console.log('empty', err6, empty.length);
          });
        });
      });
    });
  });
});
process.nextTick(function () { console.log('nextTick first'); });
console.log('main script done');
