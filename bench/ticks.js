// 200,000 process.nextTick callbacks: ~3 events each when traced.
var n = 200000;
var count = 0;
var t0 = Date.now();
function tick() {
  if (++count < n) process.nextTick(tick);
  else console.log('ticks_ms ' + (Date.now() - t0));
}
process.nextTick(tick);
