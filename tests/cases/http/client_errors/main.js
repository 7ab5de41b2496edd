// Client-side failures: a refused connection, a server that hangs up before
// answering ('socket hang up'), a malformed response (parse error), a
// request to a URL string, agent: false, and req.destroy().
var http = require('http');
var net = require('net');
function redact(s, port) { return String(s).split(String(port)).join('PORT'); }
var steps = [
  function refused(next) {
    var probe = net.createServer().listen(0, '127.0.0.1', function () {
      var port = probe.address().port;
      probe.close(function () {
        var req = http.get('http://127.0.0.1:' + port + '/x');
        req.on('error', function (err) { console.log('refused:', redact(err.message, port), err.code); });
        req.on('close', function () { console.log('refused: close'); next(); });
      });
    });
  },
  function hangUp(next) {
    var server = net.createServer(function (s) { s.destroy(); }).listen(0, '127.0.0.1', function () {
      var req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false });
      req.on('error', function (err) { console.log('hang up:', err.message, err.code); });
      req.on('close', function () { server.close(next); });
    });
  },
  function badResponse(next) {
    var server = net.createServer(function (s) {
      s.on('data', function () { s.end('HTTP/1.1 2oo OK\r\n\r\n'); });
    }).listen(0, '127.0.0.1', function () {
      var req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false });
      req.on('error', function (err) { console.log('parse error:', err.code, err.message.indexOf('Parse Error: ') === 0); });
      req.on('close', function () { server.close(next); });
    });
  },
  function badRequest(next) {
    var server = http.createServer(function () { console.log('never'); });
    server.on('clientError', function (err, socket) {
      console.log('clientError:', err.code);
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    server.listen(0, '127.0.0.1', function () {
      var c = net.connect(server.address().port, '127.0.0.1', function () { c.write('GARBAGE\r\n\r\n'); });
      var got = '';
      c.on('data', function (d) { got += d; });
      c.on('end', function () {
        console.log('raw reply:', JSON.stringify(got));
        server.close(next);
      });
    });
  },
  function destroyed(next) {
    // The client gives up once the server has its request, before any
    // response (no timers: a loaded machine could fire them in any order).
    var req;
    var server = http.createServer(function (serverReq, res) {
      req.destroy();
    }).listen(0, '127.0.0.1', function () {
      req = http.get({ host: '127.0.0.1', port: server.address().port }, function () {
        console.log('never a response');
      });
      req.on('error', function (err) { console.log('destroyed:', err.message, err.code); });
      req.on('close', function () {
        console.log('destroyed: close, destroyed', req.destroyed);
        server.close(next);
      });
    });
  }
];
(function run(i) { if (i < steps.length) steps[i](function () { run(i + 1); }); })(0);
