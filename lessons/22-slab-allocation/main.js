// Lesson 22: where a Buffer's memory comes from. Small Buffers made with
// Buffer.allocUnsafe() or Buffer.from() are slices of a shared 8 KiB slab
// (Buffer.poolSize): allocating one is just moving an offset. Each slice
// starts at a multiple of 8. A request that does not fit in what is left
// makes a new slab. Requests of half a slab or more (4096 bytes) get memory
// of their own. Buffer.alloc() never uses the slab.
//
// Allocate first, print later: printing can allocate from the slab itself.
var made = [];
function record(label, buf) {
  made.push({ label: label, buf: buf });
}
record('allocUnsafe(1)', Buffer.allocUnsafe(1));
record('allocUnsafe(1024)', Buffer.allocUnsafe(1024));
record('allocUnsafe(3000)', Buffer.allocUnsafe(3000));
record('allocUnsafe(1)', Buffer.allocUnsafe(1));
record('allocUnsafe(9)', Buffer.allocUnsafe(9));
record('allocUnsafe(4095)', Buffer.allocUnsafe(4095));
record('allocUnsafe(4096)', Buffer.allocUnsafe(4096));
record("from('x' x 100)", Buffer.from(new Array(101).join('x')));
record('alloc(100)', Buffer.alloc(100));

console.log('Buffer.poolSize: ' + Buffer.poolSize);
// Number the distinct ArrayBuffers (slabs and own memory) in order of use.
var memories = [];
made.forEach(function (entry) {
  var b = entry.buf;
  var n = memories.indexOf(b.buffer);
  if (n < 0) {
    memories.push(b.buffer);
    n = memories.length - 1;
  }
  console.log(entry.label + ' -> memory #' + n + ' (' + b.buffer.byteLength + ' bytes), offset ' +
              b.byteOffset + ' to ' + (b.byteOffset + b.length));
});
