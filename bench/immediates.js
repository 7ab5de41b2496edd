// A setImmediate chain: each immediate schedules the next, so every one runs
// in its own loop iteration (check phase). Reports microseconds per immediate.
var n = 50000;
var count = 0;
var t0 = Date.now();
function next() {
  if (++count < n) {
    setImmediate(next);
  } else {
    console.log('immediate_chain_us ' + ((Date.now() - t0) * 1000 / n).toFixed(2));
  }
}
setImmediate(next);
