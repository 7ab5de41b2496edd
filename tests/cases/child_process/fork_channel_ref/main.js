// The IPC channel and the event loop. A forked child that only sends (no
// 'message' listener) exits on its own: its channel is unref'd until a
// 'message' or 'disconnect' listener exists. process.send's callback, the
// 'disconnect' events on both sides, and 'exit'/'close' order in the parent.
// The children are silent (their stdout is a pipe to the parent), and the
// parent prints what they said once they are gone, so the output does not
// depend on how two processes' writes interleave.
var cp = require('child_process');
var mode = process.argv[2];
if (mode === 'sender') {
  process.send({ from: 'sender', connected: process.connected }, function (err) {
    console.log('[sender] send callback, error:', err);
  });
  process.on('exit', function (code) { console.log('[sender] exit', code, 'still connected:', process.connected); });
} else if (mode === 'listener') {
  process.on('message', function (m) {
    console.log('[listener] got', JSON.stringify(m));
    if (m === 'bye') process.disconnect();
  });
  process.on('disconnect', function () { console.log('[listener] disconnect event'); });
} else {
  var collect = function (child) {
    var out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', function (d) { out += d; });
    return function () { return out; };
  };
  var a = cp.fork(__filename, ['sender'], { silent: true });
  var aOut = collect(a);
  var events = [];
  a.on('message', function (m) { events.push('message ' + JSON.stringify(m)); });
  a.on('disconnect', function () { events.push('disconnect'); });
  a.on('exit', function (code, signal) { events.push('exit ' + code + ' ' + signal); });
  a.on('close', function (code, signal) {
    events.push('close ' + code + ' ' + signal);
    console.log('[parent] sender events:', events.join(', '));
    process.stdout.write(aOut());
    var b = cp.fork(__filename, ['listener'], { silent: true });
    var bOut = collect(b);
    b.send('one');
    b.send({ two: [2] }, function () {
      b.send('bye');
    });
    b.on('disconnect', function () { console.log('[parent] listener disconnected, connected =', b.connected); });
    b.on('exit', function (code) {
      console.log('[parent] listener exit', code);
      b.send('late', function (err) { console.log('[parent] send after exit:', err.code, err.message); });
    });
    b.on('close', function () { process.stdout.write(bOut()); });
  });
}
