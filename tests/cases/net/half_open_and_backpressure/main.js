// allowHalfOpen: the server keeps writing after the client's FIN; a big
// write fills the socket (write() returns false) and 'drain' follows;
// pause()/resume() on the reading side. Each side's events are printed in
// their own order (how they interleave depends on the kernel's buffers).
var net = require('net');
var big = Buffer.alloc(4 * 1024 * 1024, 97);
var serverLog = [];
var clientLog = [];
var closes = 0;
function done() {
  if (++closes < 2) return;
  console.log(serverLog.join('\n'));
  console.log(clientLog.join('\n'));
}
var server = net.createServer({ allowHalfOpen: true }, function (sock) {
  var received = 0;
  sock.on('data', function (d) { received += d.length; });
  sock.on('end', function () {
    serverLog.push('server: client ended after ' + received + ' bytes; still writable: ' + sock.writable);
    var ok = sock.write(big);
    serverLog.push('server: write(4 MiB) returned ' + ok);
    sock.once('drain', function () {
      serverLog.push('server: drain');
      sock.end('!');
    });
  });
  sock.on('close', function () {
    serverLog.push('server: close');
    server.close(done);
  });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.end('request');
  var total = 0;
  var paused = false;
  c.on('data', function (d) {
    total += d.length;
    if (!paused && total > 1024 * 1024) {
      paused = true;
      c.pause();
      clientLog.push('client: paused after > 1 MiB, isPaused ' + c.isPaused());
      setTimeout(function () {
        clientLog.push('client: resume');
        c.resume();
      }, 20);
    }
  });
  c.on('end', function () { clientLog.push('client: end, all bytes: ' + (total === big.length + 1)); });
  c.on('close', function () {
    clientLog.push('client: close');
    done();
  });
});
