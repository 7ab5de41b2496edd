#include "model/slabs_model.hpp"

#include <algorithm>

namespace ts::viz {

using trace::EventKind;

void SlabsModel::on_event(uint32_t index, const trace::Event& e,
                          const trace::StringTable& strings) {
  switch (e.kind) {
    case EventKind::BufferSlabNew: {
      Slab slab;
      slab.id = e.id;
      slab.size = static_cast<uint32_t>(e.arg[0]);
      slab.replaces = static_cast<uint32_t>(e.arg[1]);
      slab.created = index;
      slab_by_id_[e.id] = static_cast<uint32_t>(slabs_.size());
      slabs_.push_back(std::move(slab));
      break;
    }
    case EventKind::BufferAlloc: {
      const std::string_view path = strings.get(static_cast<uint32_t>(e.arg[1]));
      if (path == "pooled") {
        pending_[e.id] = PendingAlloc{static_cast<uint32_t>(e.arg[0]),
                                      static_cast<uint32_t>(e.arg[2])};
      } else {
        own_by_id_[e.id] = static_cast<uint32_t>(own_.size());
        own_.push_back(OwnBuffer{index, e.id, static_cast<uint32_t>(e.arg[0]),
                                 static_cast<uint32_t>(e.arg[1]), static_cast<uint32_t>(e.arg[2])});
      }
      break;
    }
    case EventKind::BufferPoolTake: {
      const auto slab = slab_by_id_.find(static_cast<uint32_t>(e.arg[0]));
      if (slab == slab_by_id_.end()) break;
      uint32_t size = 0;
      uint32_t api = 0;
      const auto alloc = pending_.find(e.id);
      if (alloc != pending_.end()) {
        size = alloc->second.size;
        api = alloc->second.api;
        pending_.erase(alloc);
      }
      slabs_[slab->second].slices.push_back(SlabSlice{index, e.id, static_cast<uint32_t>(e.arg[1]),
                                                      size, static_cast<uint32_t>(e.arg[2]), api});
      break;
    }
    case EventKind::BufferSlabRetire: {
      const auto slab = slab_by_id_.find(e.id);
      if (slab == slab_by_id_.end()) break;
      Slab& s = slabs_[slab->second];
      s.retired = index;
      s.used = static_cast<uint32_t>(e.arg[0]);
      s.wasted = static_cast<uint32_t>(e.arg[1]);
      s.request = static_cast<uint32_t>(e.arg[3]);
      break;
    }
    case EventKind::BufferSlabRelease: {
      const auto slab = slab_by_id_.find(e.id);
      if (slab != slab_by_id_.end()) slabs_[slab->second].released = index;
      break;
    }
    case EventKind::BufferFree: {
      const auto own = own_by_id_.find(e.id);
      if (own != own_by_id_.end()) own_[own->second].freed = index;
      break;
    }
    case EventKind::BufferExternal:
      external_.emplace_back(index, e.arg[0]);
      break;
    default:
      break;
  }
}

int64_t SlabsModel::external_at(size_t cursor) const {
  // The last counter event before the cursor.
  const auto it = std::lower_bound(
      external_.begin(), external_.end(), cursor,
      [](const std::pair<uint32_t, int64_t>& x, size_t c) { return x.first < c; });
  if (it == external_.begin()) return 0;
  return std::prev(it)->second;
}

}  // namespace ts::viz
