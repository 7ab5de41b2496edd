// Buffer bytes live outside the JS heap: 40 MB of Buffers grow
// process.memoryUsage().external by 40 MB and heapUsed/heapTotal by little
// (found by lesson 24: tickscope used to count them in heapUsed as well).
function mb(x) { return Math.round(x / 1048576); }
var before = process.memoryUsage();
var keep = [];
for (var i = 0; i < 4; i++) keep.push(Buffer.alloc(10 * 1024 * 1024));
var after = process.memoryUsage();
console.log('external grew by 40 MB: ' + (mb(after.external - before.external) === 40));
console.log('heapUsed grew by less than 5 MB: ' + (mb(after.heapUsed - before.heapUsed) < 5));
console.log('heapTotal grew by less than 5 MB: ' + (mb(after.heapTotal - before.heapTotal) < 5));
console.log('heapUsed <= heapTotal: ' + (after.heapUsed <= after.heapTotal));
console.log('kept ' + keep.length + ' buffers');
