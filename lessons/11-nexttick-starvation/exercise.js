// Exercise 11 (fix the script): 10000 items are processed one at a time, and
// each step queues the next with process.nextTick, "so that other work gets a
// chance in between". Meanwhile a file's stat is requested. But the stat's
// callback only runs after the very last item: the loop never got a turn.
//
// Change how the next step is queued so that the stat callback runs while
// the items are still being processed.
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
    process.nextTick(processNext);
  } else {
    console.log('all ' + total + ' items processed');
  }
}

process.nextTick(processNext);
