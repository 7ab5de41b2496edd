// SlabsModel: Buffer's 8 KiB slab pool, slice by slice, and the Buffers
// that live outside it.
//
//   buffer.slab.new (slab id, size)      a slab starts, empty
//   buffer.alloc (buffer id, size, path, api, slab)
//   buffer.pool.take (buffer id, slab, offset, padding, left)
//                                        pooled: [offset, offset + size) of the
//                                        slab, then `padding` bytes to align to 8
//   buffer.slab.retire (used, wasted)    a request did not fit: the tail is wasted
//   buffer.slab.release                  the GC freed a retired slab
//   buffer.alloc with path own / zeroed / slow / empty: not from the pool
//   buffer.free                          the GC freed own memory
//   buffer.external                      the external-memory counter
#pragma once

#include <unordered_map>
#include <vector>

#include "model/model_types.hpp"
#include "trace/event_log.hpp"
#include "trace/string_table.hpp"

namespace ts::viz {

struct SlabSlice {
  uint32_t event;   // its buffer.pool.take
  uint32_t buffer;  // buffer id
  uint32_t offset;
  uint32_t size;
  uint32_t padding;
  uint32_t api;     // string id: allocUnsafe, from, concat...
};

struct Slab {
  uint32_t id = 0;
  uint32_t size = 0;
  uint32_t created = kNone;
  uint32_t retired = kNone;
  uint32_t released = kNone;
  uint32_t replaces = 0;
  uint32_t used = 0;      // at retirement: offset reached (padding included)
  uint32_t wasted = 0;    // at retirement: the tail nobody can use
  uint32_t request = 0;   // at retirement: the request that did not fit
  std::vector<SlabSlice> slices;
};

// A Buffer with memory of its own (not a slice of a slab).
struct OwnBuffer {
  uint32_t event;
  uint32_t id;
  uint32_t size;
  uint32_t path;   // string id: own, zeroed, slow, empty
  uint32_t api;
  uint32_t freed = kNone;
};

class SlabsModel {
 public:
  void on_event(uint32_t index, const trace::Event& e, const trace::StringTable& strings);

  const std::vector<Slab>& slabs() const { return slabs_; }
  const std::vector<OwnBuffer>& own_buffers() const { return own_; }
  // The external-memory counter after the first `cursor` events (0 before any).
  int64_t external_at(size_t cursor) const;

 private:
  struct PendingAlloc {
    uint32_t size;
    uint32_t api;
  };
  std::vector<Slab> slabs_;
  std::unordered_map<uint32_t, uint32_t> slab_by_id_;
  std::unordered_map<uint32_t, PendingAlloc> pending_;  // pooled allocs waiting for their take
  std::vector<OwnBuffer> own_;
  std::unordered_map<uint32_t, uint32_t> own_by_id_;
  std::vector<std::pair<uint32_t, int64_t>> external_;  // (event index, bytes)
};

}  // namespace ts::viz
