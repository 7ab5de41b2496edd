'use strict';

// Where every Buffer's memory comes from, and the record of it: Node's 8 KiB
// slab pool (lib/buffer.js: createPool, allocate, alignPool, fromStringFast)
// plus the trace events the visualizer draws slabs from.
//
// The pool. Small allocations (size < Buffer.poolSize >>> 1, i.e. 4096
// bytes) by allocUnsafe, from(string|array) and concat are slices of one
// shared ArrayBuffer, the current slab, of Buffer.poolSize (8192) bytes:
//   - a slice starts at poolOffset; afterwards poolOffset is rounded up to a
//     multiple of 8 (alignPool), so the next slice is aligned and the gap is
//     padding;
//   - a request that does not fit in what is left retires the slab (its tail
//     is wasted) and a new one is created; the old slab lives on as long as
//     any Buffer on it does: one small Buffer pins 8 KiB;
//   - alloc (zero-filled), allocUnsafeSlow/SlowBuffer and anything of 4096
//     bytes or more get an ArrayBuffer of their own.
// Node's bootstrap takes the first slice of the first slab before user code
// runs (internal/fs/utils' `Buffer.from(path.sep)`), so user code's first
// pooled Buffer is at byteOffset 8; buffer.js makes that same Buffer when it
// loads, which keeps every byteOffset a program prints identical to Node's.
//
// Memory accounting. Every ArrayBuffer made here is counted in
// process.memoryUsage().external/arrayBuffers while it lives
// (binding.createArrayBuffer adds it and sets a native finalizer that
// subtracts it when the garbage collector frees it).
//
// Recording (category buffer, loop/trace/event_kinds.def). With tracing on:
//   buffer.slab.new      a slab is created (size, the slab it replaces);
//   buffer.slab.retire   the slab is replaced (used, wasted tail, buffers);
//   buffer.alloc         every allocation (size, path, api, slab);
//   buffer.pool.take     for a pooled one: offset, padding, bytes left;
//   buffer.slab.release  a retired slab was garbage-collected: the last
//                        Buffer on it is gone (a Duktape finalizer on the
//                        slab's ArrayBuffer, which every view references);
//   buffer.free          an own-memory ArrayBuffer was garbage-collected;
//   buffer.external      the external-memory counter after each change.
// Ids (slabs and buffers) are async ids; with tracing off none are taken and
// no JS finalizers are installed.
//
// Split of the work. The policy is here: when to start a slab, what is
// recorded. The carving is native (binding.poolAlloc/poolWrite, and
// binding.allocUnsafe which is Buffer.allocUnsafe itself): it reads and
// advances the slab's size and offset in `fields`, memory shared with the
// binding, and returns undefined when a request does not fit, and this file
// then starts a new slab. In Duktape each JS call and each outer-variable
// lookup costs more than the native work, so keeping the hot path out of JS
// is what makes allocation cheap, traced or not: the binding also records
// buffer.alloc and buffer.pool.take of each pooled Buffer itself
// (modules/native/buffer_pool.hpp), from the current slab's id and Buffer
// count that this file keeps in `fields` (kSlabId, kSlabBuffers). Slab
// creation, retirement, release and all own memory are recorded here.

var binding = internalBinding('buffer');
var trace = require('internal/trace');
var asyncIds = require('internal/async_ids');

var tracing = trace.enabled;
var emit = trace.emit;
var newAsyncId = asyncIds.newAsyncId;
var executionAsyncId = asyncIds.executionAsyncId;
var kSlabNew = trace.kinds['buffer.slab.new'];
var kSlabRetire = trace.kinds['buffer.slab.retire'];
var kAlloc = trace.kinds['buffer.alloc'];
var kSlabRelease = trace.kinds['buffer.slab.release'];
var kFree = trace.kinds['buffer.free'];
var kExternal = trace.kinds['buffer.external'];
var setFinalizer = internalBinding('duktape').fin;  // user scripts have no Duktape global

var createArrayBuffer = binding.createArrayBuffer;
var createView = binding.createView;
var poolAlloc = binding.poolAlloc;
var poolWrite = binding.poolWrite;
var nativeAllocOwn = binding.allocOwn;

// The slab's size, the next free offset and Buffer.poolSize live in memory
// shared with the native binding, which carves pooled Buffers without
// calling into JS (poolAlloc, poolWrite, allocUnsafe); with tracing on, so do
// the current slab's id and the count of Buffers carved from it, which the
// binding bumps as it records each one. *Must* match PoolField in
// modules/native/buffer_pool.hpp.
var fields = binding.poolFields;
var kSlabSize = 0;
var kPoolOffset = 1;
var kPoolSize = 2;
var kSlabId = 3;
var kSlabBuffers = 4;

// The Buffer constructor, for Buffer.poolSize (users may change it, and Node
// reads it at each createPool and each size check).
var BufferCtor = null;

// With tracing: { id, size, buffers } of the current slab, for its
// finalizer. `buffers` is filled in when the slab is retired; until then the
// count is fields[kSlabBuffers]. (A slab is only collected once retired: the
// binding keeps the current one alive.)
var slab = null;

// Installs Buffer.poolSize on the constructor: an accessor (enumerable, like
// Node's data property) that mirrors every assignment into the shared
// fields, so the native fast path sees the current value.
function setBufferConstructor(ctor, initialPoolSize) {
  BufferCtor = ctor;
  var value;
  Object.defineProperty(ctor, 'poolSize', {
    enumerable: true,
    configurable: true,
    get: function () { return value; },
    set: function (v) {
      value = v;
      fields[kPoolSize] = v;
    }
  });
  ctor.poolSize = initialPoolSize;
}

// --- recording helpers --------------------------------------------------------

function emitExternal(delta) {
  emit(kExternal, 0, executionAsyncId(), binding.externalBytes(), delta);
}

// The finalizer of a slab's ArrayBuffer (tracing only): the last view on it
// is gone. heapDestruct: the runtime is shutting down; nothing to record.
function makeSlabFinalizer(record) {
  return function slabFinalizer(ab, heapDestruct) {
    binding.adjustExternal(-record.size);
    if (heapDestruct) return;
    var cause = executionAsyncId();
    emit(kSlabRelease, record.id, cause, record.size, record.buffers);
    emitExternal(-record.size);
  };
}

function makeOwnFinalizer(id, size, path) {
  return function ownFinalizer(ab, heapDestruct) {
    binding.adjustExternal(-size);
    if (heapDestruct) return;
    emit(kFree, id, executionAsyncId(), size, path);
    emitExternal(-size);
  };
}

// --- the pool -------------------------------------------------------------------

// Replaces the current slab (`request`: the size that did not fit, 0 at start).
function createPool(request) {
  var previous = slab;
  if (tracing && previous !== null) {
    previous.buffers = fields[kSlabBuffers];
    emit(kSlabRetire, previous.id, executionAsyncId(),
      fields[kPoolOffset], fields[kSlabSize] - fields[kPoolOffset], previous.buffers, request);
  }
  var size = BufferCtor.poolSize;
  var ab = createArrayBuffer(size, false);
  binding.setPool(ab);
  fields[kSlabSize] = size;
  fields[kPoolOffset] = 0;
  if (tracing) {
    slab = { id: newAsyncId(), size: size, buffers: 0 };
    fields[kSlabId] = slab.id;
    fields[kSlabBuffers] = 0;
    setFinalizer(ab, makeSlabFinalizer(slab));
    emit(kSlabNew, slab.id, executionAsyncId(), size,
      previous === null ? 0 : previous.id);
    emitExternal(size);
  }
}

// A slice of `size` bytes (0 < size < poolSize >>> 1) of the current slab
// (of a new slab when they do not fit). The binding records it (api: the
// name in buffer.alloc).
function allocPooled(size, api) {
  var b = poolAlloc(size, api);
  if (b === undefined) {
    createPool(size);
    b = poolAlloc(size, api);
  }
  return b;
}

// Buffer.allocUnsafe: the native fast path, traced or not (pooled sizes are
// carved, and recorded, without entering JS; the JS function given to
// binding.setup does the rest: argument errors, empty, large, and a full
// slab).
function makeAllocUnsafe() {
  var fn = binding.allocUnsafe;
  Object.defineProperty(fn, 'name', { value: 'allocUnsafe', configurable: true });
  return fn;
}

// Encodes a string straight into the slab with the binding's encoding `id`:
// `reserve` bytes must fit (an upper bound of the encoded size); only the
// bytes actually written are taken (and recorded by the binding).
function writePooled(reserve, id, string, api) {
  var b = poolWrite(id, string, reserve, api);
  if (b === undefined) {
    createPool(reserve);
    b = poolWrite(id, string, reserve, api);
  }
  return b;
}

// --- own memory -------------------------------------------------------------------

// A new ArrayBuffer of `size` bytes (zero-filled or not), recorded.
function ownArrayBuffer(size, zero, path, api) {
  var ab = createArrayBuffer(size, zero);
  if (tracing) {
    var id = newAsyncId();
    setFinalizer(ab, makeOwnFinalizer(id, size, path));
    emit(kAlloc, id, executionAsyncId(), size, path, api, 0);
    if (size > 0) emitExternal(size);
  }
  return ab;
}

// A Buffer over `size` bytes of its own. path: 'own' (allocUnsafe and from
// above the pool's limit), 'zeroed' (alloc) or 'slow' (allocUnsafeSlow).
function allocOwn(size, path, api) {
  if (!tracing) return nativeAllocOwn(size, path === 'zeroed');
  return createView(ownArrayBuffer(size, path === 'zeroed', path, api), 0, size);
}

// A zero-length Buffer (Node's `new FastBuffer()`).
function allocEmpty(api) {
  if (!tracing) return nativeAllocOwn(0, true);
  return createView(ownArrayBuffer(0, true, 'empty', api), 0, 0);
}

// A Buffer viewing existing memory: no allocation, nothing recorded.
function view(arrayBuffer, byteOffset, length) {
  return createView(arrayBuffer, byteOffset, length);
}

module.exports = {
  setBufferConstructor: setBufferConstructor,
  createPool: createPool,
  allocPooled: allocPooled,
  makeAllocUnsafe: makeAllocUnsafe,
  writePooled: writePooled,
  allocOwn: allocOwn,
  allocEmpty: allocEmpty,
  ownArrayBuffer: ownArrayBuffer,
  view: view
};
