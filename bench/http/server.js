// The server of the HTTP benchmark (bench/http_rps.sh): a small text
// response per request, keep-alive. Prints its port, then serves until killed.
var http = require('http');
var body = 'hello from the benchmark server\n';
var server = http.createServer(function (req, res) {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': body.length });
  res.end(body);
});
server.listen(0, '127.0.0.1', function () {
  console.log(server.address().port);
});
