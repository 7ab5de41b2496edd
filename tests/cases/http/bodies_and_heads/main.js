// Message framing: HEAD (no body), 204, 304, trailers on a chunked
// response, a chunked request body with setEncoding, Content-Length set by
// hand, header helpers (getHeader, getHeaders, hasHeader, removeHeader,
// headersSent), duplicate headers, rawHeaders.
var http = require('http');
var server = http.createServer(function (req, res) {
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function (d) { body += d; });
  req.on('end', function () {
    if (req.url === '/trailers') {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Trailer': 'X-Checksum' });
      res.write('chunk one;');
      res.addTrailers({ 'X-Checksum': 'abc123' });
      res.end('chunk two');
      return;
    }
    if (req.url === '/204') {
      res.statusCode = 204;
      return res.end();
    }
    if (req.url === '/304') {
      res.writeHead(304, 'Not Changed');
      return res.end();
    }
    if (req.url === '/post') {
      res.setHeader('Content-Length', Buffer.byteLength('echo: ' + body));
      res.setHeader('X-Dup', 'a');
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      console.log('server: headers', JSON.stringify(res.getHeaders()), res.hasHeader('x-dup'),
        res.getHeader('content-length'), res.headersSent);
      res.removeHeader('X-Dup');
      res.end('echo: ' + body);
      console.log('server: headersSent after end', res.headersSent);
      return;
    }
    res.setHeader('Content-Type', 'text/plain');
    res.end('body that HEAD must not get');
  });
});
function request(opts, body, cb) {
  opts.host = '127.0.0.1';
  opts.port = server.address().port;
  var req = http.request(opts, function (res) {
    var data = '';
    res.setEncoding('utf8');
    res.on('data', function (d) { data += d; });
    res.on('end', function () {
      console.log(opts.method || 'GET', opts.path, '->', res.statusCode, res.statusMessage,
        'body', JSON.stringify(data), 'trailers', JSON.stringify(res.trailers),
        'te', res.headers['transfer-encoding'], 'length', res.headers['content-length']);
      cb(res);
    });
  });
  if (body) body.forEach(function (b) { req.write(b); });
  req.end();
}
server.listen(0, '127.0.0.1', function () {
  request({ method: 'HEAD', path: '/' }, null, function () {
    request({ path: '/204' }, null, function () {
      request({ path: '/304' }, null, function () {
        request({ path: '/trailers' }, null, function () {
          request({ method: 'POST', path: '/post', headers: { 'X-Many': ['1', '2'] } }, ['深入', '浅出'], function (res) {
            console.log('set-cookie', JSON.stringify(res.headers['set-cookie']), 'x-dup', res.headers['x-dup']);
            var raw = [];
            for (var i = 0; i < res.rawHeaders.length; i += 2) {
              if (res.rawHeaders[i] !== 'Date') raw.push(res.rawHeaders[i]);
            }
            console.log('raw header names', raw.join(','));
            server.close(function () { console.log('closed'); });
          });
        });
      });
    });
  });
});
