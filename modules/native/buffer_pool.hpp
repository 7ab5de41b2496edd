// The slab pool's shared state and the record of each Buffer carved from it.
//
// Buffer's 8 KiB pool is split between internal/buffer/pool.js (the policy:
// when to start a slab, slab creation and retirement, their events and
// finalizers) and the buffer binding (modules/native/buffer.cpp: carving a
// slice off the current slab). The two meet in `fields` (PoolField), plain
// doubles shared with JS as binding.poolFields.
//
// Recording a pooled Buffer (buffer.alloc + buffer.pool.take, see
// loop/trace/event_kinds.def) is done here, in the native carving path, and
// not in JS. WHY: with tracing on, recording from JS cost a JS function call,
// two trace.emit calls and a dozen property reads per Buffer, ~2.5 us in
// Duktape, 10x the allocation itself; here it is two Recorder::record calls.
// HOW: everything the events need is already native (the offset, the size,
// the aligned next offset, the slab's size), except the slab's id and the
// count of Buffers carved from it, which pool.js keeps in `fields` too
// (kSlabId, kSlabBuffers): it sets them when it starts a slab and reads the
// count back when it retires one. Ids and causes are the async ids JS uses
// (Runtime::new_id, Runtime::execution_id share its counters), so the events
// are the same, field for field, as when pool.js recorded them.
#pragma once

#include <duktape.h>

#include <cstdint>

#include "runtime.hpp"

namespace ts {

// binding.poolFields: the current slab's size, the next free offset in it,
// Buffer.poolSize (mirrored by an accessor), and with tracing on the current
// slab's id and the Buffers carved from it so far. *Must* match
// internal/buffer/pool.js.
enum PoolField { kSlabSize, kPoolOffset, kPoolSize, kSlabId, kSlabBuffers, kPoolFieldCount };

// The recording side of the pool, one per runtime (in the binding's native
// state). Default-constructed it records nothing: tracing is off, which
// pool.js (trace.enabled) also decided once at startup.
class PoolTrace {
 public:
  PoolTrace() = default;
  // Recording: interns the constant strings once, so the hot path never hashes.
  explicit PoolTrace(Runtime& rt)
      : rt_(&rt),
        pooled_(rt.recorder().str("pooled")),
        alloc_unsafe_(rt.recorder().str("allocUnsafe")) {}

  bool enabled() const { return rt_ != nullptr; }

  // The trace string id of the api name at idx, a JS string ('from',
  // 'concat', ...), cached by string pointer as trace.emit's strings are.
  int64_t api(duk_idx_t idx) const { return rt_->intern_js_string(idx); }
  // The api name of binding.allocUnsafe, which is Buffer.allocUnsafe itself.
  int64_t alloc_unsafe_api() const { return alloc_unsafe_; }

  // Records the Buffer just carved: [offset, offset + size) of the current
  // slab, fields[kPoolOffset] already advanced past it and aligned. offset
  // and size are the view's byteOffset and length. The arithmetic is
  // pool.js's old recordPooled on doubles (an odd Buffer.poolSize can make
  // the offsets fractional), converted to integers as trace.emit did.
  void record_take(double* fields, double offset, double size, int64_t api) const {
    const uint32_t id = rt_->new_id();
    const uint32_t cause = rt_->execution_id();
    const double end = fields[kPoolOffset];
    const auto slab = static_cast<int64_t>(fields[kSlabId]);
    fields[kSlabBuffers] += 1;
    trace::Recorder& rec = rt_->recorder();
    rec.record(trace::EventKind::BufferAlloc, id, cause, static_cast<int64_t>(size), pooled_, api,
               slab);
    rec.record(trace::EventKind::BufferPoolTake, id, cause, slab, static_cast<int64_t>(offset),
               static_cast<int64_t>(end - offset - size),
               static_cast<int64_t>(fields[kSlabSize] - end));
  }

 private:
  Runtime* rt_ = nullptr;  // the runtime owns the heap that holds this, so it outlives it
  int64_t pooled_ = 0;
  int64_t alloc_unsafe_ = 0;
};

}  // namespace ts
