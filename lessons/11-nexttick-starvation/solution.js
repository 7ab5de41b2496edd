// Exercise 11, a reference fix: queue the next step with setImmediate. An
// immediate queued by an immediate runs in the next iteration, so between two
// steps the loop goes round and its poll phase delivers the finished stat.
// (A nextTick queued by a nextTick runs in the same checkpoint: the loop
// cannot move until all 10000 are done.)
var fs = require('fs');

var total = 10000;
var processed = 0;

fs.stat(__filename, function statDone(err, stats) {
  if (err) throw err;
  console.log('stat done while items were still being processed: ' + (processed < total));
});

function processNext() {
  processed++;  // (the work for one item would go here)
  if (processed < total) {
    setImmediate(processNext);
  } else {
    console.log('all ' + total + ' items processed');
  }
}

setImmediate(processNext);
