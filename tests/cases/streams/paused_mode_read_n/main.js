// Paused mode: 'readable' and read(n) against a small highWaterMark, with _read
// pushing from setImmediate; push()'s answer follows the buffered length.
var stream = require('stream');
function L(s) { console.log(s); }
var data = ['aaa', 'bbbb', 'cc', 'ddddd'];
var r = new stream.Readable({
  highWaterMark: 5,
  read: function (n) {
    var self = this;
    L('_read ' + n);
    setImmediate(function () {
      var c = data.shift();
      var ret = self.push(c === undefined ? null : c);
      L('push ' + c + ' -> ' + ret + ' len=' + self.readableLength);
    });
  }
});
r.on('readable', function () {
  L('readable len=' + r.readableLength);
  var c;
  while ((c = r.read(3)) !== null) L('read3 ' + c);
  L('read3 null, len=' + r.readableLength);
});
r.on('end', function () { L('end'); });
r.on('close', function () { L('close ' + r.destroyed + ' ' + r.readableEnded); });
