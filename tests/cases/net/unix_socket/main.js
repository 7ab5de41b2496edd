// A server on a Unix domain socket (a path instead of a port).
var net = require('net');
var path = require('path');
var os = require('os');
var fs = require('fs');
var sockPath = path.join(os.tmpdir(), 'tickscope-case-' + process.pid + '.sock');
var server = net.createServer(function (sock) {
  sock.end('over a unix socket');
});
server.listen(sockPath, function () {
  console.log('address is the path:', server.address() === sockPath);
  console.log('socket file exists:', fs.existsSync(sockPath));
  var c = net.connect(sockPath);
  var got = '';
  c.on('connect', function () { console.log('connected; remoteAddress:', c.remoteAddress); });
  c.on('data', function (d) { got += d; });
  c.on('close', function () {
    console.log('client got:', got);
    server.close(function () {
      console.log('closed; socket file removed:', !fs.existsSync(sockPath));
    });
  });
});
