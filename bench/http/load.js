// The load generator of the HTTP benchmark (bench/http_rps.sh), run by node:
// CONNECTIONS keep-alive connections, each sending its next request as soon
// as the previous response has ended, for SECONDS seconds after a short
// warm-up. Prints "requests_per_sec N" and "errors N".
//
//   node bench/http/load.js PORT [CONNECTIONS] [SECONDS]
var http = require('http');
var port = +process.argv[2];
var connections = +(process.argv[3] || 32);
var seconds = +(process.argv[4] || 3);
var agent = new http.Agent({ keepAlive: true, maxSockets: connections });
var counting = false;
var done = 0;
var errors = 0;
var stop = false;
var start;

function one() {
  if (stop) return;
  http.get({ host: '127.0.0.1', port: port, path: '/', agent: agent }, function (res) {
    res.resume();
    res.on('end', function () {
      if (counting) done++;
      one();
    });
  }).on('error', function () {
    errors++;
    setTimeout(one, 10);
  });
}

for (var i = 0; i < connections; i++) one();
setTimeout(function () {
  counting = true;
  start = process.hrtime();
  setTimeout(function () {
    var t = process.hrtime(start);
    stop = true;
    console.log('requests_per_sec ' + Math.round(done / (t[0] + t[1] / 1e9)));
    console.log('errors ' + errors);
    agent.destroy();
  }, seconds * 1000);
}, 500);
