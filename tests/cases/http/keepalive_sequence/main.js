// Several requests over one keep-alive connection (the global agent reuses
// it): a chunked response, a 404 with writeHead, an empty body, a POST body;
// finish/close events; server.close() closes the idle connection. The
// chunked response ends once the client has its headers (not on a timer,
// which a loaded machine could fire first).
var http = require('http');
var endChunked = null;
var server = http.createServer(function (req, res) {
  console.log('req', req.method, req.url, req.httpVersion, JSON.stringify(req.headers).replace(/:[0-9]+/, ':PORT'));
  if (req.url === '/chunked') {
    res.setHeader('X-A', ['1', '2']);
    res.write('part1,');
    endChunked = function () { res.end('part2'); };
  } else if (req.url === '/404') {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('nope');
  } else if (req.url === '/echo') {
    var body = [];
    req.on('data', function (c) { body.push(c); });
    req.on('end', function () { res.end('got ' + Buffer.concat(body).length + ' bytes'); });
  } else {
    res.end();
  }
  res.on('finish', function () { console.log('finish', req.url); });
  res.on('close', function () { console.log('res close', req.url); });
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var paths = ['/chunked', '/404', '/', '/echo'];
  var i = 0;
  function next() {
    if (i === paths.length) { server.close(function () { console.log('closed'); }); return; }
    var p = paths[i++];
    var req = http.request({ port: port, host: '127.0.0.1', path: p, method: p === '/echo' ? 'POST' : 'GET' }, function (res) {
      console.log('res', res.statusCode, res.statusMessage, JSON.stringify(res.headers, function (k, v) { return k === 'date' ? 'DATE' : v; }));
      if (p === '/chunked') endChunked();
      res.setEncoding('utf8');
      var b = '';
      res.on('data', function (d) { b += d; });
      res.on('end', function () { console.log('body', JSON.stringify(b), 'reused', req.reusedSocket); next(); });
    });
    if (p === '/echo') { req.write('abc'); req.write(Buffer.alloc(5000, 'x')); }
    req.end();
  }
  next();
});
console.log(http.METHODS.length, http.STATUS_CODES[418]);
