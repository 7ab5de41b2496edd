// Buffer memory is counted in process.memoryUsage().external and
// .arrayBuffers (the exact numbers differ between runtimes).
var before = process.memoryUsage();
var keep = [];
for (var i = 0; i < 10; i++) keep.push(Buffer.alloc(100 * 1024));
var after = process.memoryUsage();
console.log('external grew by >= 1 MB: ' + (after.external - before.external >= 1024 * 1000));
console.log('arrayBuffers grew by >= 1 MB: ' + (after.arrayBuffers - before.arrayBuffers >= 1024 * 1000));
console.log('types: ' + typeof after.external + ' ' + typeof after.arrayBuffers);
console.log('kept ' + keep.length + ' buffers of ' + keep[0].length + ' bytes');
