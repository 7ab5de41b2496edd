// A script with one synchronous stat and one fs.readFile (open, fstat,
// read..., close on the thread pool), graded with field filters.
var fs = require('fs');
fs.statSync(__filename);
fs.readFile(__filename, function loaded(err, data) {
  if (err) throw err;
  console.log('read ' + (data.length > 0));
});
