// Seed-catalogue lesson L04: Immediates run in batches; new ones wait for the next iteration
function busy(ms) { var s = Date.now(); while (Date.now() - s < ms) {} }
setImmediate(function () {
  console.log('immediate A');
  setTimeout(function () { console.log('timeout 1ms (scheduled in A)'); }, 1);
  setImmediate(function () { console.log('immediate A-child (queued during check phase)'); });
  busy(10);
});
setImmediate(function () { console.log('immediate B'); });
setImmediate(function () { console.log('immediate C'); });
