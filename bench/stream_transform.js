// 100 MB piped through a Transform into a Writable: a Readable pushes 64 KiB
// chunks, the Transform passes each one on (the stream machinery is what is
// measured, not byte crunching), pipe() applies backpressure at each joint.
// Reports milliseconds.
var stream = require('stream');

var total = 100 * 1024 * 1024;
var chunkSize = 64 * 1024;
var chunk = Buffer.alloc(chunkSize, 'a');
var sent = 0;
var received = 0;

var source = new stream.Readable({
  read: function () {
    if (sent >= total) return this.push(null);
    sent += chunkSize;
    this.push(chunk);
  }
});

var through = new stream.Transform({
  transform: function (data, encoding, callback) {
    callback(null, data);
  }
});

var sink = new stream.Writable({
  write: function (data, encoding, callback) {
    received += data.length;
    callback();
  }
});

var t0 = process.hrtime();
sink.on('finish', function () {
  var d = process.hrtime(t0);
  if (received !== total) throw new Error('lost data: ' + received);
  console.log('transform_100mb_ms ' + (d[0] * 1e3 + d[1] / 1e6).toFixed(1));
});
source.pipe(through).pipe(sink);
