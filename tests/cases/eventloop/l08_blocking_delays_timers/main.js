// Seed-catalogue lesson L08: Blocking the loop delays timers
var t0 = Date.now();
setTimeout(function () {
  var late = Date.now() - t0;
  console.log('10ms timer fired; late by >= 900ms:', late >= 900);
}, 10);
var start = new Date();
while (new Date() - start < 1000) { }
console.log('busy loop done');
