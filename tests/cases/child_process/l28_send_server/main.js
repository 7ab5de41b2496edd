// Seed-catalogue lesson L28: passing a listening socket to a child
var cp = require('child_process'), net = require('net');
if (process.argv[2] === 'child') {
  process.on('message', function (m, server) {
    if (m === 'server') server.on('connection', function (socket) { socket.end('child\n'); });
  });
} else {
  var child = cp.fork(__filename, ['child']);
  var server = net.createServer();
  server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    child.send('server', server);
    server.close();   // parent stops accepting: only the child serves now
    setTimeout(function () {
      var c = net.connect(port, '127.0.0.1'), d = '';
      c.on('data', function (x) { d += x; });
      c.on('end', function () { console.log('served by:', d.trim()); child.kill(); });
    }, 200);
  });
  child.on('exit', function (code, signal) { console.log('child exit', code, signal); });
}
