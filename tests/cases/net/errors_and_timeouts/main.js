// Errors as Node reports them (ECONNREFUSED, EADDRINUSE), socket timeouts,
// destroy(err), write after end, and server.close() when not running.
var net = require('net');
function redact(s, port) { return String(s).split(String(port)).join('PORT'); }
var steps = [
  function refused(next) {
    var probe = net.createServer().listen(0, '127.0.0.1', function () {
      var port = probe.address().port;
      probe.close(function () {
        var c = net.connect(port, '127.0.0.1');
        c.on('error', function (err) {
          console.log('refused:', redact(err.message, port), err.errno, err.code, err.syscall, err.address,
            err.port === port);
        });
        c.on('close', function (hadError) { console.log('refused close:', hadError); next(); });
      });
    });
  },
  function inUse(next) {
    var a = net.createServer().listen(0, '127.0.0.1', function () {
      var port = a.address().port;
      var b = net.createServer();
      b.on('error', function (err) {
        console.log('in use:', redact(err.message, port), err.code, err.errno, err.syscall, err.address,
          err.port === port, 'listening:', b.listening);
        a.close(next);
      });
      b.listen(port, '127.0.0.1');
    });
  },
  function notRunning(next) {
    net.createServer().close(function (err) {
      console.log('close when not running:', err.code, err.message);
      next();
    });
  },
  function timeout(next) {
    var server = net.createServer(function () {}).listen(0, '127.0.0.1', function () {
      var c = net.connect(server.address().port, '127.0.0.1');
      var t = Date.now();
      c.setTimeout(50, function () {
        console.log('timeout fired after >= 40ms:', Date.now() - t >= 40, 'socket still open:', !c.destroyed);
        c.destroy(new Error('gave up'));
      });
      c.on('error', function (err) { console.log('destroy(err) -> error:', err.message); });
      c.on('close', function (hadError) {
        console.log('close after destroy(err):', hadError);
        server.close(next);
      });
    });
  },
  function writeAfterEnd(next) {
    var server = net.createServer(function (s) { s.resume(); }).listen(0, '127.0.0.1', function () {
      var c = net.connect(server.address().port, '127.0.0.1', function () {
        c.end();
        c.write('late', function (err) { console.log('write after end callback:', err.code); });
      });
      c.on('error', function (err) { console.log('write after end error:', err.code, err.message); });
      c.on('close', function () { server.close(next); });
    });
  },
  function badPort(next) {
    try {
      net.connect(70000, '127.0.0.1');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
    next();
  }
];
(function run(i) { if (i < steps.length) steps[i](function () { run(i + 1); }); })(0);
