// Seed-catalogue lesson L07: The close-callbacks phase
var net = require('net');
var server = net.createServer(function (sock) { sock.end('bye'); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.on('data', function () {});
  c.on('end', function () {
    console.log('end (poll phase: EOF read)');
    c.destroy();
    setImmediate(function () { console.log('immediate (check phase)'); });
    c.on('close', function () { console.log('socket close event (close callbacks phase)'); server.close(); });
  });
});
