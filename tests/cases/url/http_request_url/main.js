// http.get and http.request accept a URL string or a WHATWG URL (its host,
// port, path with query and credentials become the options; options given
// next to it override them), and url.urlToHttpOptions shows the mapping.
var http = require('http');
var url = require('url');
console.log(url.urlToHttpOptions(new URL('https://u%20s:p%40ss@[::1]:8443/a/b?c=d#e')));
console.log(url.urlToHttpOptions(new URL('http://example.com')));
var extended = new URL('http://example.com/x');
extended.extra = 'kept';
console.log(url.urlToHttpOptions(extended).extra);
var server = http.createServer(function (req, res) {
  res.end(req.method + ' ' + req.url + ' auth=' + (req.headers.authorization || 'none') + ' x=' + (req.headers['x-test'] || '-'));
});
server.listen(0, '127.0.0.1', function () {
  var base = 'http://127.0.0.1:' + server.address().port;
  var requests = [
    function (done) { return http.get(base + '/from/string?q=1#dropped', done); },
    function (done) { return http.get(new URL(base + '/from/url?a=b%20c'), done); },
    function (done) { return http.get(new URL(base + '/with/auth'), { headers: { 'x-test': 'merged' } }, done); },
    function (done) { return http.get(new URL('http://user:pa%20ss@127.0.0.1:' + server.address().port + '/cred'), done); },
    function (done) {
      var req = http.request(base + '/post', { method: 'POST' }, done);
      req.end('body');
      return req;
    }
  ];
  var i = 0;
  (function next() {
    if (i === requests.length) {
      server.close();
      try {
        http.get('not a url');
      } catch (err) {
        console.log('bad string:', err.name, err.code, err.message, err.input);
      }
      return;
    }
    requests[i++](function (res) {
      var body = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        console.log(res.statusCode, body);
        next();
      });
    });
  })();
});
