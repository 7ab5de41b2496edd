// Exercise 14 (fix the script): five callers ask for the same rows at the
// same moment, and each one sends its own query to the database: five
// identical queries. Make it one: the first caller sends the query, and the
// others wait for its answer (hint: the lesson's once('selected') queue).
// Every caller must still get the rows, in the order they asked.
var fs = require('fs');
var path = require('path');

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

function select(callback) {
  db.select(callback);
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
