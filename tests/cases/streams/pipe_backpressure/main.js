// pipe() with a slow destination: write() returns false, the source pauses, and
// resumes at 'drain'; the order of _read, write, pause, drain and resume.
var stream = require('stream');
function L(s) { console.log(s); }
var n = 0;
var src = new stream.Readable({
  highWaterMark: 4,
  read: function () {
    n++;
    L('_read ' + n);
    this.push(n <= 6 ? 'ch' + n + '..' : null);
  }
});
var dst = new stream.Writable({
  highWaterMark: 5,
  write: function (chunk, enc, cb) {
    L('write ' + chunk + ' len=' + this.writableLength);
    setImmediate(cb);
  }
});
src.on('pause', function () { L('src pause'); });
src.on('resume', function () { L('src resume'); });
dst.on('drain', function () { L('dst drain'); });
dst.on('pipe', function () { L('dst pipe'); });
dst.on('unpipe', function () { L('dst unpipe'); });
src.on('end', function () { L('src end'); });
dst.on('finish', function () { L('dst finish'); });
dst.on('close', function () { L('dst close'); });
src.on('close', function () { L('src close'); });
src.pipe(dst);
