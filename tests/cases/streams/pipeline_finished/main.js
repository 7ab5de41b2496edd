// stream.pipeline (success, a failing source, a failing sink), stream/promises,
// and stream.finished on ended and destroyed streams.
var stream = require('stream');
function L(s) { console.log(s); }
function src(items, failAt) {
  var i = 0;
  return new stream.Readable({ read: function () {
    if (i === failAt) return this.destroy(new Error('src fail'));
    this.push(i < items.length ? items[i++] : null);
  } });
}
function sink(name) {
  var w = new stream.Writable({ write: function (c, e, cb) { L(name + ' got ' + c); cb(); } });
  w.on('close', function () { L(name + ' close'); });
  return w;
}
var t = new stream.Transform({ transform: function (c, e, cb) { cb(null, String(c).toUpperCase()); } });
t.on('close', function () { L('t close'); });
stream.pipeline(src(['a', 'b']), t, sink('s1'), function (err) {
  L('pipeline1 done ' + err);
  var s = src(['x', 'y', 'z'], 1);
  s.on('close', function () { L('s close'); });
  var t2 = new stream.PassThrough();
  t2.on('close', function () { L('t2 close ' + (t2.errored && t2.errored.message)); });
  stream.pipeline(s, t2, sink('s2'), function (err) {
    L('pipeline2 done ' + (err && err.message));
    var s3 = src(['q']);
    var bad = new stream.Writable({ write: function (c, e, cb) { cb(new Error('sink fail')); } });
    stream.pipeline(s3, bad, function (err) {
      L('pipeline3 done ' + (err && err.message) + ' s3 destroyed ' + s3.destroyed);
      require('stream/promises').pipeline(src(['p']), sink('s4')).then(function (v) {
        L('promise pipeline ok ' + v);
        return require('stream').promises.finished(src([]).resume());
      }).then(function () { L('finished promise ok'); });
    });
  });
});
var r = src(['1']);
stream.finished(r, function (err) { L('finished r ' + err); });
r.resume();
var r2 = src(['1']);
stream.finished(r2, function (err) { L('finished r2 ' + (err && err.code)); });
r2.destroy();
