// Exercise 01 (fix the script): a job runs three steps, 10 ms apart, and a
// progress reporter would print every second while it works. The job is done
// after about 30 ms, yet the process never exits. Make it exit by itself as
// soon as the job is done (no progress line gets printed: the job is quicker
// than a second).
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
  }
}

setTimeout(step, 10);
