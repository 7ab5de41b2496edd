#include "model/pool_model.hpp"

#include <algorithm>
#include <cstring>

namespace ts::viz {

namespace {

int field_index(trace::EventKind kind, const char* name) {
  const trace::KindInfo& info = trace::kind_info(kind);
  for (size_t i = 0; i < info.field_count; ++i) {
    if (std::strcmp(info.fields[i].name, name) == 0) return static_cast<int>(i);
  }
  return -1;
}

int64_t arg_or(const trace::Event& e, int field, int64_t fallback) {
  return field >= 0 ? e.arg[field] : fallback;
}

}  // namespace

PoolModel::PoolModel() {
  have_queue_ = trace::kind_from_name("pool.queue", &queue_kind_);
  have_work_ = trace::kind_from_name("pool.work", &work_kind_);
  if (have_queue_) {
    queue_what_ = field_index(queue_kind_, "what");
    queue_detail_ = field_index(queue_kind_, "detail");
  }
  if (have_work_) {
    work_thread_ = field_index(work_kind_, "thread");
    work_start_ = field_index(work_kind_, "start");
    work_end_ = field_index(work_kind_, "end");
  }
}

void PoolModel::on_event(uint32_t index, const trace::Event& e) {
  if (have_queue_ && e.kind == queue_kind_) {
    PoolRequest r;
    r.id = e.id;
    r.cause = e.cause;
    r.queued = index;
    r.queued_t = e.t;
    r.what = static_cast<uint32_t>(arg_or(e, queue_what_, 0));
    r.detail = static_cast<uint32_t>(arg_or(e, queue_detail_, 0));
    const uint32_t slot = live_.add(index);
    r.bar = bars_.open(index, e.t, slot);
    by_id_[e.id] = slot;
    requests_.push_back(r);
  } else if (have_work_ && e.kind == work_kind_) {
    const uint32_t slot = request_by_id(e.id);
    if (slot == kNone) return;
    PoolRequest& r = requests_[slot];
    if (r.done != kNone) return;
    r.done = index;
    r.done_t = e.t;
    r.thread = static_cast<int32_t>(arg_or(e, work_thread_, -1));
    r.start_t = static_cast<uint64_t>(arg_or(e, work_start_, static_cast<int64_t>(r.queued_t)));
    r.end_t = static_cast<uint64_t>(arg_or(e, work_end_, static_cast<int64_t>(e.t)));
    live_.close(slot, index);
    bars_.close(r.bar, index, e.t, 0);
    if (r.thread >= 0 && r.thread < 256) {
      if (workers_.size() <= static_cast<size_t>(r.thread)) workers_.resize(r.thread + 1);
      auto& lane = workers_[r.thread];
      // Completions reach the loop about in start order; keep the lane sorted.
      auto pos = lane.end();
      while (pos != lane.begin() && requests_[*(pos - 1)].start_t > r.start_t) --pos;
      lane.insert(pos, slot);
    }
  }
}

}  // namespace ts::viz
