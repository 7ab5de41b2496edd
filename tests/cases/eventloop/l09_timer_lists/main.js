// Seed-catalogue lesson L09: Timer lists keyed by duration; intervals; 0 → 1 ms
var order = [];
setTimeout(function () { order.push('a(40)'); }, 40);
setTimeout(function () { order.push('b(40)'); }, 40);
setTimeout(function () { order.push('c(320)'); }, 320);
setTimeout(function () { order.push('d(0->1)'); }, 0);
var n = 0;
var iv = setInterval(function () { n++; order.push('interval#' + n); if (n === 3) clearInterval(iv); }, 100);
setTimeout(function () { console.log(order.join(' ')); }, 400);
