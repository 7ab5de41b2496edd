// Exercise 01, a reference fix: the interval is a ref'd timer, and a ref'd
// timer keeps the loop alive for as long as it exists. Clear it when the job
// is done. (Calling reporter.unref() right after setInterval works too: then
// the reporter never keeps the process alive on its own.)
var steps = 0;

var reporter = setInterval(function report() {
  console.log('still working: ' + steps + ' of 3 steps done');
}, 1000);

function step() {
  steps++;
  console.log('step ' + steps);
  if (steps < 3) {
    setTimeout(step, 10);
  } else {
    console.log('job done');
    clearInterval(reporter);  // nothing is left: the loop ends, the process exits
  }
}

setTimeout(step, 10);
