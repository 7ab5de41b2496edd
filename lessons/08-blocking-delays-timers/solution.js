// Exercise 08, a reference fix: run one chunk per turn of the loop and
// schedule the next chunk with setImmediate. Between two chunks the loop goes
// round: its timers phase runs the heartbeat whenever it is due.
// (setTimeout(nextChunk, 0) works as well; setImmediate wastes no time.)
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
  var chunk = 1;
  setImmediate(function nextChunk() {
    doChunk();
    if (chunk < 10) {
      chunk++;
      setImmediate(nextChunk);  // yield to the loop, then go on
      return;
    }
    console.log('job done; at least 3 heartbeats during the job: ' + (beats >= 3));
    clearInterval(heartbeat);
  });
}

runJob();
