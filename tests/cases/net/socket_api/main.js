// A TCP round trip and the Socket API: events in order (connect, data, end,
// finish, close), addresses and ports, bytesRead/bytesWritten, setEncoding,
// setNoDelay/setKeepAlive, readyState, getConnections, server.address().
var net = require('net');
var log = [];
var server = net.createServer(function (sock) {
  log.push('server: connection from ' + sock.remoteAddress + ', family ' + sock.remoteFamily +
    ', remotePort is a number: ' + (typeof sock.remotePort === 'number'));
  server.getConnections(function (err, n) { log.push('server: getConnections ' + err + ' ' + n); });
  sock.setEncoding('utf8');
  sock.on('data', function (d) {
    log.push('server: data ' + JSON.stringify(d) + ' (' + typeof d + ')');
    sock.write(d.toUpperCase());
  });
  sock.on('end', function () {
    log.push('server: end, readyState ' + sock.readyState);
    sock.end('bye');
  });
  sock.on('finish', function () { log.push('server: finish'); });
  sock.on('close', function (hadError) { log.push('server: close ' + hadError); });
});
console.log('address before listen:', server.address(), 'listening:', server.listening);
server.listen(0, '127.0.0.1', function () {
  var addr = server.address();
  console.log('listening:', server.listening, addr.address, addr.family, typeof addr.port);
  var client = net.createConnection({ host: '127.0.0.1', port: addr.port });
  console.log('readyState while connecting:', client.readyState, 'pending:', client.pending);
  client.setNoDelay(true);
  client.setKeepAlive(true, 1000);
  client.on('connect', function () {
    log.push('client: connect, readyState ' + client.readyState + ', localAddress ' + client.localAddress +
      ', remotePort matches: ' + (client.remotePort === addr.port));
    client.write('hello ');
    client.write(Buffer.from('world'), function () { log.push('client: write callback'); });
  });
  client.on('ready', function () { log.push('client: ready'); });
  var got = '';
  client.on('data', function (d) {
    // TCP may deliver the echo in one chunk or two: log the first only.
    if (got === '') log.push('client: data is a Buffer: ' + Buffer.isBuffer(d));
    got += d;
    if (got === 'HELLO WORLD') client.end();
  });
  client.on('end', function () { log.push('client: end, got ' + JSON.stringify(got)); });
  client.on('finish', function () { log.push('client: finish'); });
  client.on('close', function (hadError) {
    log.push('client: close ' + hadError + ', bytesRead ' + client.bytesRead + ', bytesWritten ' +
      client.bytesWritten + ', readyState ' + client.readyState + ', destroyed ' + client.destroyed);
    server.close(function () {
      log.push('server: closed');
      // The interleaving of the two sockets' events depends on TCP timing:
      // print each side's events in their own order.
      console.log(log.filter(function (l) { return l.indexOf('client') === 0; }).join('\n'));
      console.log(log.filter(function (l) { return l.indexOf('server') === 0; }).join('\n'));
    });
  });
});
