// A typical program: a line-splitting Transform (util.inherits style) fed by a
// file ReadStream, a file copy with pipe() into a WriteStream, util.promisify
// of fs.read (resolving to {bytesRead, buffer}), fs.exists and fs.readFile,
// and an objectMode Readable read in paused mode.
var fs = require('fs'), os = require('os'), path = require('path'), util = require('util'), stream = require('stream');
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x'));
var src = path.join(dir, 'src.txt');
var lines = [];
for (var i = 0; i < 3000; i++) lines.push('row ' + i + ' ' + 'x'.repeat(i % 50));
fs.writeFileSync(src, lines.join('\n') + '\n');
function LineSplitter() {
  stream.Transform.call(this, { readableObjectMode: true });
  this.rest = '';
}
util.inherits(LineSplitter, stream.Transform);
LineSplitter.prototype._transform = function (chunk, enc, cb) {
  var parts = (this.rest + chunk).split('\n');
  this.rest = parts.pop();
  for (var i = 0; i < parts.length; i++) this.push(parts[i]);
  cb();
};
LineSplitter.prototype._flush = function (cb) {
  if (this.rest) this.push(this.rest);
  cb();
};
var count = 0, longest = 0;
fs.createReadStream(src, { highWaterMark: 1000 }).pipe(new LineSplitter()).on('data', function (line) {
  count++;
  longest = Math.max(longest, line.length);
}).on('end', function () {
  console.log('lines ' + count + ' longest ' + longest);
  var dst = path.join(dir, 'copy.txt');
  var ws = fs.createWriteStream(dst);
  fs.createReadStream(src).pipe(ws).on('finish', function () {
    console.log('copy same: ' + fs.readFileSync(dst).equals(fs.readFileSync(src)) + ' bytesWritten ' + ws.bytesWritten);
    var readP = util.promisify(fs.read);
    var fd = fs.openSync(src, 'r');
    readP(fd, Buffer.alloc(8), 0, 8, 0).then(function (r) {
      console.log('promisified read ' + r.bytesRead + ' ' + r.buffer);
      fs.closeSync(fd);
      return util.promisify(fs.exists)(src);
    }).then(function (e) {
      console.log('promisified exists ' + e);
      return util.promisify(fs.readFile)(src, 'utf8');
    }).then(function (s) {
      console.log('promisified readFile ' + s.length);
      var r = new stream.Readable({ objectMode: true, highWaterMark: 2, read: function () {} });
      for (var k = 0; k < 5; k++) r.push({ k: k });
      r.push(null);
      r.on('readable', function () {
        var o;
        while ((o = r.read()) !== null) console.log('obj ' + o.k);
      });
      r.on('end', function () { console.log('objs end'); fs.rmSync(dir, { recursive: true }); });
    });
  });
});
