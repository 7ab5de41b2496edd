// Lesson 29: cluster and round-robin. The primary (master) process forks
// three workers running this same file. Each worker calls listen(), but only
// the primary really listens: it accepts every connection and hands each one
// to the next worker in turn (round-robin). Nine requests, one after the
// other, are answered three times by each worker.
//
// Every step waits for the one before it (one worker starts at a time, one
// request at a time), so that the output is the same on every run.
var cluster = require('cluster');
var http = require('http');

var WORKERS = 3;
var REQUESTS = 9;

if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_RR;  // the default on Linux, said out loud
  var listening = 0;
  var port = 0;

  // A worker is online: tell it to listen. When it listens, start the next
  // one; when all three listen, send the requests.
  cluster.on('online', function onWorkerOnline(worker) {
    worker.send('listen');
  });
  cluster.on('listening', function onWorkerListening(worker, address) {
    port = address.port;  // port 0: the primary picked one, the same for every worker
    listening++;
    if (listening < WORKERS) cluster.fork();
    else sendRequest();
  });
  cluster.fork();

  var answers = {};
  var sent = 0;
  var sendRequest = function sendRequest() {
    http.get({ host: '127.0.0.1', port: port, path: '/', agent: false }, function onResponse(res) {
      var body = '';
      res.setEncoding('utf8');
      res.on('data', function onData(chunk) { body += chunk; });
      res.on('end', function onEnd() {
        answers[body] = (answers[body] || 0) + 1;
        sent++;
        if (sent < REQUESTS) return sendRequest();
        var counts = Object.keys(answers).sort().map(function (k) { return answers[k]; });
        console.log('requests: ' + sent + ', workers that answered: ' + counts.length);
        console.log('requests per worker: ' + counts.join(','));
        cluster.disconnect();  // close every worker's channel: each exits by itself
      });
    });
  };

  var disconnected = 0;
  var exitedCleanly = 0;
  cluster.on('disconnect', function onWorkerDisconnect(worker) { disconnected++; });
  cluster.on('exit', function onWorkerExit(worker, code, signal) {
    if (code === 0 && signal === null) exitedCleanly++;
  });
  process.on('exit', function report() {
    console.log('workers disconnected: ' + disconnected + ', exited with code 0: ' + exitedCleanly);
  });
} else {
  // A worker: an HTTP server that says which worker answered. It listens on
  // "port 0" (the primary decides which port) when the primary says so.
  var server = http.createServer(function onRequest(req, res) {
    res.end('worker ' + cluster.worker.id);
  });
  process.on('message', function onPrimaryMessage(message) {
    if (message === 'listen') server.listen(0, '127.0.0.1');
  });
}
