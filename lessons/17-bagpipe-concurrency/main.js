// Lesson 17: bounded concurrency. Asking for 100 file reads at once is easy
// in Node (each call returns at once), and that is the danger: 100 open files
// at the same moment, or 100 queries hitting one database. bagpipe keeps at
// most `limit` calls active and queues the rest; each call that finishes
// starts the next one.
var fs = require('fs');
var Bagpipe = require('./bagpipe');

var active = 0;
var mostAtOnce = 0;
var done = 0;
var fullEvents = 0;

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
bagpipe.on('full', function onFull(queued) {
  fullEvents++;
});

for (var i = 0; i < 100; i++) {
  bagpipe.push(readJob, __filename, function jobDone(err) {
    if (err) throw err;
    done++;
    if (done === 100) {
      console.log(done + ' reads done; most at once: ' + mostAtOnce +
                  "; 'full' events: " + fullEvents);
    }
  });
}
console.log('after 100 pushes: ' + bagpipe.active + ' active, ' + bagpipe.queue.length + ' queued');
