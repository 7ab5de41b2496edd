// Exercise 14, a reference fix: every caller waits with once('selected');
// only the first one (status 'ready') sends the query, and its answer is
// emitted to all of them. once() removes each listener as it runs, so the
// next round of callers starts with an empty queue.
var fs = require('fs');
var path = require('path');
var EventEmitter = require('events').EventEmitter;

// A tiny "database": a query reads rows.json on the thread pool.
var queries = 0;
var db = {
  select: function (callback) {
    queries++;
    fs.readFile(path.join(__dirname, 'rows.json'), 'utf8', function gotRows(err, text) {
      callback(err, err ? null : JSON.parse(text));
    });
  }
};

var proxy = new EventEmitter();
proxy.setMaxListeners(0);
var status = 'ready';

function select(callback) {
  proxy.once('selected', callback);
  if (status === 'ready') {
    status = 'pending';
    db.select(function (err, rows) {
      proxy.emit('selected', err, rows);
      status = 'ready';
    });
  }
}

for (var i = 1; i <= 5; i++) {
  (function (caller) {
    select(function onSelected(err, rows) {
      if (err) throw err;
      console.log('caller ' + caller + ' got ' + rows.length + ' rows');
    });
  })(i);
}

process.on('exit', function report() {
  console.log('queries sent to the database: ' + queries);
});
