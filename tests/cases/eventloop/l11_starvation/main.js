// Seed-catalogue lesson L11: `nextTick` starvation vs `setImmediate` fairness
var fs = require('fs');
var ticks = 0, fired = false;
fs.stat(__filename, function () { fired = true; console.log('stat callback ran after', ticks, 'nextTicks'); startImmediates(); });
(function spin() { ticks++; if (ticks < 10000) process.nextTick(spin); })();
function startImmediates() {
  var imm = 0;
  fs.stat(__filename, function () { console.log('second stat ran while immediates still spinning:', imm < 10000); });
  (function spin2() { imm++; if (imm < 10000) setImmediate(spin2); })();
}
