// Exercise 17, a reference fix: push every read through a Bagpipe of 10. The
// first 10 start at once, the other 90 wait in its queue, and each read that
// finishes starts the next.
var fs = require('fs');
var Bagpipe = require('./bagpipe');

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

var bagpipe = new Bagpipe(10);
for (var i = 0; i < 100; i++) {
  bagpipe.push(readJob, __filename, function jobDone(err) {
    if (err) throw err;
    done++;
    if (done === 100) {
      console.log(done + ' reads done; most at once: ' + mostAtOnce);
    }
  });
}
