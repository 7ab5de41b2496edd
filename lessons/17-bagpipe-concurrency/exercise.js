// Exercise 17 (fix the script): this reads the same file 100 times, all at
// once: 100 files open at the same moment. On a real server (more files, more
// requests) that ends in EMFILE, "too many open files". Keep at most 10 reads
// in flight at any time: with ./bagpipe.js (see main.js), or a queue of your
// own. All 100 reads must still be done.
var fs = require('fs');

var active = 0;
var mostAtOnce = 0;
var done = 0;

// The async job: read this file, counting how many reads are in flight.
function readJob(path, callback) {
  active++;
  if (active > mostAtOnce) mostAtOnce = active;
  fs.readFile(path, function readDone(err, data) {
    active--;
    callback(err, data);
  });
}

for (var i = 0; i < 100; i++) {
  readJob(__filename, function jobDone(err) {
    if (err) throw err;
    done++;
    if (done === 100) {
      console.log(done + ' reads done; most at once: ' + mostAtOnce);
    }
  });
}
