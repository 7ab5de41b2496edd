// 100,000 setTimeout(0) created at once and fired. Reports microseconds per
// timer, creation and firing included.
var n = 100000;
var fired = 0;
var t0 = Date.now();
function onTimeout() {
  if (++fired === n) console.log('timeout0_us ' + ((Date.now() - t0) * 1000 / n).toFixed(2));
}
for (var i = 0; i < n; i++) setTimeout(onTimeout, 0);
