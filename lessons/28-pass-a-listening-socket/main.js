// Lesson 28: handing a listening socket to another process. The parent
// listens on a port and sends the *server itself* to a child over the IPC
// channel: what travels is the socket's file descriptor, so the child ends up
// holding the very same listening socket. Once the parent closes its copy,
// every connection to that port is accepted by the child.
//
// Each step waits for the one before it (listen, hand over, 'ready', connect,
// answer...), so the output is the same on every run.
var childProcess = require('child_process');
var net = require('net');

if (process.argv[2] === 'child') {
  var received = null;
  process.on('message', function onParentMessage(message, server) {
    if (message === 'server') {
      // `server` is a net.Server rebuilt around the received socket.
      received = server;
      received.on('connection', function onConnection(socket) {
        socket.write('child\n');
      });
    } else if (message === 'are you ready?') {
      process.send('ready');
    }
  });
  // When the parent closes the channel, stop listening: then nothing keeps
  // the child's loop alive and it exits by itself.
  process.on('disconnect', function onDisconnect() {
    received.close();
  });
} else {
  var child = childProcess.fork(__filename, ['child']);
  var server = net.createServer(function onParentConnection(socket) {
    socket.write('parent\n');
  });

  server.listen(0, '127.0.0.1', function onListening() {
    var port = server.address().port;
    console.log('parent: listening; sending the server to the child');
    child.send('server', server);
    // Sent only once the child has acknowledged the server (Node queues
    // messages behind a handle until then).
    child.send('are you ready?');

    child.on('message', function onChildMessage(message) {
      if (message !== 'ready') return;
      server.close();  // the parent stops accepting: only the child's copy is left
      console.log('parent: closed its own copy of the server');
      ask(port, 3, function allAnswered() {
        child.disconnect();
      });
    });
  });

  child.on('exit', function onExit(code, signal) {
    console.log('parent: the child exited, code ' + code + ', signal ' + signal);
  });
}

// Connects `times` times in a row and prints who answered each time.
function ask(port, times, done) {
  var client = net.connect(port, '127.0.0.1');
  client.setEncoding('utf8');
  client.on('data', function onAnswer(answer) {
    console.log('connection answered by: ' + answer.trim());
    client.destroy();
    if (times > 1) ask(port, times - 1, done);
    else done();
  });
}
