// Exercise 08 (fix the script): a heartbeat should tick every 50 ms while a
// long job runs: ten chunks of work, 30 ms each. But the job runs all ten
// chunks in one go, so the heartbeat never gets a turn until the job is over.
//
// Keep the chunks as they are (30 ms of busy work each), but let the event
// loop run between them, so that the heartbeat ticks while the job works.
var beats = 0;
var heartbeat = setInterval(function beat() {
  beats++;
}, 50);

// One chunk of work: 30 ms of computing (here: spinning).
function doChunk() {
  var start = Date.now();
  while (Date.now() - start < 30) { /* compute */ }
}

function runJob() {
  for (var chunk = 1; chunk <= 10; chunk++) {
    doChunk();
  }
  console.log('job done; at least 3 heartbeats during the job: ' + (beats >= 3));
  clearInterval(heartbeat);
}

runJob();
