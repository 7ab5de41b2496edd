// Seed-catalogue lesson L05: Why poll didn't block: the immediate keep-alive idle handle
var t0 = Date.now();
setTimeout(function () { console.log('timeout 50 fired after ~50ms (>= 45):', Date.now() - t0 >= 45); }, 50);
setImmediate(function () { console.log('immediate ran first (poll did not block while it was pending)'); });
