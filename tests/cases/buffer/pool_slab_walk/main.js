// The 8 KiB pool, seen through byteOffset and .buffer (the lesson on slab
// allocation). Everything is allocated first and printed afterwards: in
// Node, printing to a file allocates from the pool too.
var r = [];
function A(label, b) { r.push([label, b]); }
A('allocUnsafe(10)', Buffer.allocUnsafe(10));
A('allocUnsafe(100)', Buffer.allocUnsafe(100));
A('allocUnsafe(4000)', Buffer.allocUnsafe(4000));
A('allocUnsafe(4096)', Buffer.allocUnsafe(4096));
A('allocUnsafe(5000)', Buffer.allocUnsafe(5000));
A('allocUnsafe(1)', Buffer.allocUnsafe(1));
A('allocUnsafe(1024)', Buffer.allocUnsafe(1024));
A('allocUnsafe(3000)', Buffer.allocUnsafe(3000));
A('allocUnsafe(9)', Buffer.allocUnsafe(9));
A('allocUnsafe(4095)', Buffer.allocUnsafe(4095));
A('allocUnsafe(0)', Buffer.allocUnsafe(0));
A('alloc(10)', Buffer.alloc(10));
A('allocUnsafeSlow(10)', Buffer.allocUnsafeSlow(10));
A('from([1,2,3])', Buffer.from([1, 2, 3]));
A('concat two', Buffer.concat([Buffer.alloc(3), Buffer.alloc(4)]));
A('allocUnsafe(8192)', Buffer.allocUnsafe(8192));
A('allocUnsafe(7)', Buffer.allocUnsafe(7));
var slabs = [];
var first = r[0][1];
r.forEach(function (e) {
  var b = e[1];
  var i = slabs.indexOf(b.buffer);
  if (i < 0) {
    slabs.push(b.buffer);
    i = slabs.length - 1;
  }
  console.log(e[0] + ' -> slab#' + i + ' (' + b.buffer.byteLength + ' bytes) offset ' + b.byteOffset +
    ' length ' + b.length + ', same buffer as the first: ' + (b.buffer === first.buffer));
});
console.log('poolSize ' + Buffer.poolSize);
// The pool ArrayBuffer is shared: writing through one Buffer's memory is
// visible through a view of the whole slab.
var a = Buffer.allocUnsafe(4);
var whole = new Uint8Array(a.buffer);
a.fill(0x5a);
console.log('through the slab view: ' + whole[a.byteOffset] + ' ' + whole[a.byteOffset + 3]);
