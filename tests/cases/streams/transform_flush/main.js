// Transform: several pushes per chunk, flush adding a last chunk; PassThrough.
var stream = require('stream');
function L(s) { console.log(s); }
var t = new stream.Transform({
  transform: function (chunk, enc, cb) {
    L('transform ' + chunk);
    this.push(chunk + '1');
    cb(null, chunk + '2');
  },
  flush: function (cb) { L('flush'); cb(null, 'F'); }
});
['end', 'finish', 'prefinish', 'close', 'readable'].forEach(function (ev) { if (ev !== 'readable') t.on(ev, function () { L('event ' + ev); }); });
t.on('data', function (d) { L('data ' + d); });
t.write('a');
t.write('b');
t.end('c');
process.nextTick(function () { L('tick'); });
var pt = new stream.PassThrough();
pt.end('hello');
pt.on('data', function (d) { L('pt ' + d); });
pt.on('end', function () { L('pt end'); });
