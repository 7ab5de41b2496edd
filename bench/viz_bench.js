// The visualizer's scale bench (bench/viz_bench.sh): a run of many small
// loop iterations, each with a few immediates that queue a nextTick and a
// promise reaction, and a timer now and then, so the trace has about 85
// events per iteration of every common kind. argv[2]: iterations.
var iterations = +process.argv[2] || 12000;
var done = 0;

function noop() {}

function work() {
  process.nextTick(noop);
  Promise.resolve().then(noop);
}

function step() {
  done++;
  for (var k = 0; k < 5; k++) setImmediate(work);
  if (done % 10 === 0) setTimeout(noop, 1);
  if (done < iterations) setImmediate(step);
}

setImmediate(step);
