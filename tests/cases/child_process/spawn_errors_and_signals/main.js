// spawn of a missing file (ENOENT as Node reports it), and how a child that
// ends by a signal reports 'exit' and 'close' (code null, signal name).
var spawn = require('child_process').spawn;
var bad = spawn('nonexistent-command-ts', ['a', 'b']);
console.log('pid of a failed spawn:', bad.pid);
bad.on('spawn', function () { console.log('unexpected spawn event'); });
bad.on('error', function (err) {
  console.log('error:', err.message);
  console.log('fields:', JSON.stringify({ errno: err.errno, code: err.code, syscall: err.syscall,
    path: err.path, spawnargs: err.spawnargs }));
});
bad.on('exit', function () { console.log('unexpected exit event'); });
bad.on('close', function (code, signal) {
  console.log('bad close', code, signal, 'exitCode', bad.exitCode);
  var events = [];
  var sleeper = spawn('sleep', ['5']);
  sleeper.on('spawn', function () {
    events.push('spawn');
    console.log('kill returns', sleeper.kill('SIGINT'), 'killed', sleeper.killed);
  });
  sleeper.on('exit', function (code, sig) { events.push('exit ' + code + ' ' + sig); });
  // The pipe's EOF and the exit (SIGCHLD) race; 'close' waits for both.
  sleeper.on('close', function (code, sig) {
    events.push('close ' + code + ' ' + sig);
    console.log(events.join(' | '), '| stdout destroyed:', sleeper.stdout.destroyed);
    var self = spawn('sh', ['-c', 'echo before; kill -9 $$; echo never']);
    var out = '';
    self.stdout.on('data', function (d) { out += d; });
    self.on('close', function (code, sig) {
      console.log('self-killed:', JSON.stringify(out), code, sig, self.signalCode, self.exitCode);
      try {
        self.kill('SIGNOPE');
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
      console.log('kill after exit:', self.kill());
    });
  });
});
