#include "pool.hpp"

#include <atomic>
#include <cstdlib>

#include "phase_probe.hpp"

namespace ts {

namespace {

// A small, stable index for each worker thread: 0, 1, 2, ... in the order
// they first ran tickscope work (the pool is process-wide).
int worker_index() {
  static std::atomic<int> next{0};
  thread_local int index = -1;
  if (index < 0) index = next.fetch_add(1);
  return index;
}

}  // namespace

Pool::Pool(uv_loop_t* loop, trace::Recorder& recorder, PhaseProbe& probe)
    : loop_(loop), rec_(recorder), probe_(probe) {}

int Pool::size() {
  const char* env = std::getenv("UV_THREADPOOL_SIZE");
  int n = env != nullptr ? std::atoi(env) : 4;
  if (n < 1) n = 1;
  if (n > 1024) n = 1024;
  return n;
}

void Pool::use_virtual_time(bool on) {
  virtual_ = on;
  if (!on) return;
  uv_async_init(loop_, &ready_async_, on_ready);
  ready_async_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&ready_async_));
}

void Pool::close() {
  if (virtual_) uv_close(reinterpret_cast<uv_handle_t*>(&ready_async_), nullptr);
}

void Pool::submit(PoolWork* work, std::string_view detail) {
  work->pool_ = this;
  work->req_.data = work;
  work->seq_ = submitted_++;
  ++in_flight_;
  rec_.record(trace::EventKind::PoolQueue, work->id, work->cause, rec_.str(work->what),
              rec_.str(detail), static_cast<int64_t>(in_flight_));
  if (!virtual_) {
    uv_queue_work(loop_, &work->req_, on_work, on_after_work);
    return;
  }
  work->thread_ = static_cast<int>(work->seq_ % static_cast<uint64_t>(size()));
  work->start_ns_ = rec_.now_ns();
  work->run();
  work->end_ns_ = work->start_ns_;
  ready_.push_back(work);
  // Pending completions keep the loop alive, as a queued request would.
  uv_ref(reinterpret_cast<uv_handle_t*>(&ready_async_));
  uv_async_send(&ready_async_);
}

void Pool::on_ready(uv_async_t* handle) {
  auto* pool = static_cast<Pool*>(handle->data);
  std::vector<PoolWork*> batch;
  batch.swap(pool->ready_);
  uv_unref(reinterpret_cast<uv_handle_t*>(handle));
  for (PoolWork* work : batch) pool->deliver(work, 0);
}

void Pool::on_work(uv_work_t* req) {
  auto* work = static_cast<PoolWork*>(req->data);
  work->thread_ = worker_index();
  // now_ns() only reads the clock: safe off the loop thread.
  work->start_ns_ = work->pool_->rec_.now_ns();
  work->run();
  work->end_ns_ = work->pool_->rec_.now_ns();
}

void Pool::on_after_work(uv_work_t* req, int status) {
  auto* work = static_cast<PoolWork*>(req->data);
  work->pool_->deliver(work, status);
}

void Pool::deliver(PoolWork* work, int status) {
  --in_flight_;
  probe_.on_io_callback();
  rec_.record(trace::EventKind::PoolWork, work->id, work->cause, work->thread_,
              static_cast<int64_t>(work->start_ns_), static_cast<int64_t>(work->end_ns_),
              rec_.str(work->what));
  work->complete(status);
  delete work;
}

}  // namespace ts
