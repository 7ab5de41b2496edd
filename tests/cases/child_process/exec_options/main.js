// exec and execFile: buffered output, the error of a failed command (code,
// killed, signal, cmd), maxBuffer, timeout, encoding 'buffer', shell and cwd.
var cp = require('child_process');
var steps = [
  function (next) {
    cp.exec('echo out; echo err 1>&2; exit 2', function (err, stdout, stderr) {
      console.log('code', err.code, 'killed', err.killed, 'signal', err.signal, 'cmd', JSON.stringify(err.cmd));
      console.log('message', JSON.stringify(err.message), JSON.stringify(stdout), JSON.stringify(stderr));
      next();
    });
  },
  function (next) {
    cp.execFile('printf', ['%s', 'abcdefghij'], { maxBuffer: 4 }, function (err, stdout) {
      console.log('maxBuffer:', err.code, err.name, err.message, JSON.stringify(stdout));
      next();
    });
  },
  function (next) {
    var t = Date.now();
    cp.exec('sleep 5', { timeout: 100 }, function (err) {
      console.log('timeout: killed', err.killed, 'signal', err.signal, 'code', err.code,
        'fast', Date.now() - t < 3000);
      next();
    });
  },
  function (next) {
    cp.execFile('printf', ['hi'], { encoding: 'buffer' }, function (err, stdout, stderr) {
      console.log('buffer encoding:', Buffer.isBuffer(stdout), stdout.toString(), Buffer.isBuffer(stderr));
      next();
    });
  },
  function (next) {
    cp.exec('pwd', { cwd: '/' }, function (err, stdout) {
      console.log('cwd:', JSON.stringify(stdout));
      next();
    });
  },
  function (next) {
    cp.execFile('nonexistent-ts-cmd', function (err) {
      console.log('execFile ENOENT:', err.code, err.syscall, err.path, JSON.stringify(err.spawnargs), err.cmd);
      next();
    });
  },
  function (next) {
    var child = cp.exec('cat', function (err, stdout) {
      console.log('stdin to exec:', JSON.stringify(stdout));
      next();
    });
    child.stdin.end('piped in');
  },
  function (next) {
    var c = cp.spawn('echo $TS_X; echo "$0"', { shell: true, env: { TS_X: 'shell var', PATH: process.env.PATH }, argv0: 'ignored' });
    var out = '';
    c.stdout.on('data', function (d) { out += d; });
    c.on('close', function () {
      console.log('shell:', JSON.stringify(out), c.spawnfile, JSON.stringify(c.spawnargs));
      next();
    });
  }
];
(function run(i) { if (i < steps.length) steps[i](function () { run(i + 1); }); })(0);
