// Lesson 07: the close callbacks phase, the last phase of an iteration.
//
// A server says 'bye' and ends the connection. The client sees the end of
// the stream (EOF, read in the poll phase), destroys its socket and queues an
// immediate. Destroying a socket closes its libuv handle, and libuv calls a
// handle's close callback in the close phase: after check.
var net = require('net');

var server = net.createServer(function onConnection(socket) {
  socket.end('bye');
});

server.listen(0, '127.0.0.1', function onListening() {
  var client = net.connect(server.address().port, '127.0.0.1');
  client.on('data', function onData() {});
  client.on('end', function onEnd() {
    console.log('end (poll phase: EOF was read)');
    client.destroy();
    setImmediate(function immediate() {
      console.log('immediate (check phase)');
    });
  });
  client.on('close', function onClose() {
    console.log('socket close event (close callbacks phase)');
    server.close();
  });
});
