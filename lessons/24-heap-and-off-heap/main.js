// Lesson 24: heap memory and off-heap memory. JavaScript values (objects,
// arrays, strings) live in the engine's heap, which has a limit and a garbage
// collector; process.memoryUsage().heapUsed measures it. A Buffer's bytes live
// outside that heap: they count in `external`, not in heapUsed, and not
// against the heap's limit. `rss` is everything the process holds in RAM.
//
// The exact numbers differ between engines (V8 in Node, Duktape in
// tickscope), so the script prints only comparisons that hold in both.
function mb(bytes) {
  return Math.round(bytes / 1048576);
}

var base = process.memoryUsage();
console.log('process.memoryUsage() has: ' + Object.keys(base).join(', '));

// 5 arrays of a million numbers each: JS values, on the heap.
var arrays = [];
for (var i = 0; i < 5; i++) {
  var numbers = new Array(1024 * 1024);
  for (var j = 0; j < numbers.length; j++) numbers[j] = j;
  arrays.push(numbers);
}
var afterArrays = process.memoryUsage();

// 5 Buffers of 20 MB each: off-heap bytes (filled, so that the pages are
// really in RAM).
var buffers = [];
for (var k = 0; k < 5; k++) {
  var bytes = Buffer.alloc(20 * 1024 * 1024);
  bytes.fill(1);
  buffers.push(bytes);
}
var afterBuffers = process.memoryUsage();

console.log('the arrays grew heapUsed by 30 MB or more: ' +
            (mb(afterArrays.heapUsed - base.heapUsed) >= 30));
console.log('the arrays grew external by 30 MB or more: ' +
            (mb(afterArrays.external - base.external) >= 30));
console.log('the Buffers grew heapUsed by 30 MB or more: ' +
            (mb(afterBuffers.heapUsed - afterArrays.heapUsed) >= 30));
console.log('the Buffers grew external by 100 MB: ' +
            (mb(afterBuffers.external - afterArrays.external) === 100));
console.log('rss grew by 100 MB or more in all: ' + (mb(afterBuffers.rss - base.rss) >= 100));
// Still in use here, so that no garbage collector frees them early.
console.log('still holding ' + arrays.length + ' arrays and ' + buffers.length + ' Buffers');
