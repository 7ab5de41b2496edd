// zlib streams: write()/end() and 'data'/'end'/'close' in Node's order,
// pipe and pipeline through gzip and gunzip, flush() making the data so far
// decodable, bytesWritten, and an error event for bad input.
var zlib = require('zlib');
var stream = require('stream');

var gz = zlib.createGzip();
var chunks = [];
gz.on('data', function (c) { chunks.push(c); });
gz.on('finish', function () { console.log('gzip finish'); });
gz.on('end', function () { console.log('gzip end', zlib.gunzipSync(Buffer.concat(chunks)).toString()); });
gz.on('close', function () {
  console.log('gzip close, bytesWritten', gz.bytesWritten);
  var source = stream.Readable.from(['line one\n', 'line two\n', 'line three\n']);
  var out = [];
  stream.pipeline(source, zlib.createDeflate(), zlib.createInflate(), new stream.Writable({
    write: function (chunk, enc, cb) { out.push(chunk); cb(); }
  }), function (err) {
    console.log('pipeline', err, JSON.stringify(Buffer.concat(out).toString()));
    flushing();
  });
});
gz.write('part one, ');
gz.end('part two');

function flushing() {
  var deflate = zlib.createDeflate();
  var got = [];
  deflate.on('data', function (c) { got.push(c); });
  deflate.write('flushed text');
  deflate.flush(function () {
    var partial = zlib.inflateSync(Buffer.concat(got), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    console.log('after flush', JSON.stringify(partial.toString()));
    deflate.end();
    broken();
  });
}

function broken() {
  var inflate = zlib.createInflate();
  inflate.on('error', function (err) {
    console.log('error event', err.code, err.errno, err.message, inflate.destroyed);
  });
  inflate.on('close', function () { console.log('inflate close'); });
  inflate.end(Buffer.from('not zlib data'));
}
