// Handle passing: the parent accepts a connection and sends the socket to a
// forked child (child.send(message, socket)); the child answers on it.
var cp = require('child_process'), net = require('net');
if (process.argv[2] === 'child') {
  process.on('message', function (m, socket) {
    console.log('child got', m, 'with a', socket instanceof net.Socket ? 'net.Socket' : typeof socket);
    socket.on('data', function (d) {
      socket.end('child read "' + d + '" and says bye\n');
    });
  });
} else {
  var child = cp.fork(__filename, ['child']);
  var server = net.createServer({ pauseOnConnect: true }, function (socket) {
    child.send('socket', socket, function (err) {
      console.log('parent sent the socket, error:', err);
      server.close(function () { console.log('parent server closed'); });
    });
  });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1', function () { c.write('hello'); });
    var reply = '';
    c.setEncoding('utf8');
    c.on('data', function (d) { reply += d; });
    c.on('end', function () {
      process.stdout.write('client got: ' + reply);
      child.disconnect();
    });
  });
  child.on('exit', function (code, signal) { console.log('child exit', code, signal); });
}
