// Seed-catalogue lesson L29: cluster round-robin. As the seed, but the
// workers listen on port 0 (the primary picks one free port and shares it:
// every worker's 'listening' reports the same port), so the case never
// depends on a fixed port being free.
var cluster = require('cluster'), http = require('http');
if (cluster.isMaster) {
  cluster.schedulingPolicy = cluster.SCHED_RR;
  var counts = {}, n = 0, up = 0, port, ports = {};
  for (var i = 0; i < 3; i++) cluster.fork();
  cluster.on('listening', function (worker, address) {
    port = address.port;
    ports[port] = true;
    if (++up < 3) return;
    console.log('workers listening on one port:', Object.keys(ports).length === 1);
    (function go() {
      http.get({ host: '127.0.0.1', port: port, agent: false }, function (res) {
        var d = ''; res.on('data', function (c) { d += c; });
        res.on('end', function () {
          counts[d] = (counts[d] || 0) + 1;
          if (++n < 9) return go();
          console.log('requests per worker:', Object.keys(counts).sort().map(function (k) { return counts[k]; }).join(','));
          for (var id in cluster.workers) cluster.workers[id].kill();
        });
      });
    })();
  });
  var exits = 0;
  // How each worker ends is a race (SIGTERM, or exit 0 once disconnected):
  // only the count is printed.
  cluster.on('exit', function () {
    if (++exits === 3) console.log('all workers exited');
  });
} else {
  http.createServer(function (req, res) { res.end('w' + cluster.worker.id); }).listen(0);
}
