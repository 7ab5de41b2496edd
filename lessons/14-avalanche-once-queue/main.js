// Lesson 14: the "avalanche" problem. Five callers want the same query result
// at the same moment (say, right after a cache expired). Instead of sending
// five identical queries to the database, the first caller sends one, and
// every caller waits for it with once('selected'): one query, five answers.
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
proxy.setMaxListeners(0);  // any number of waiting callers is fine here
var status = 'ready';

function select(callback) {
  proxy.once('selected', callback);  // wait, like everyone else
  if (status === 'ready') {          // nobody has asked yet: ask the database
    status = 'pending';
    db.select(function (err, rows) {
      proxy.emit('selected', err, rows);  // answers every waiting caller
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
  console.log('queries sent to the database: ' + queries +
              ', callers still waiting: ' + proxy.listenerCount('selected'));
});
