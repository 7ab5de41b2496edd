// The Duktape heap's hooks: memory accounting and the heap limit, the clock
// providers and the executor interrupt (duk_overrides.h declares them).
#include <malloc.h>
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "runtime.hpp"

namespace ts {

// Every allocation carries its size in a 16-byte header (16 keeps malloc's
// alignment), so realloc and free can keep heap_bytes_ exact for
// process.memoryUsage().heapUsed and --max-memory.
struct HeapHooks {
  static constexpr size_t kHeader = 16;

  static void* alloc(void* udata, duk_size_t size) {
    auto* rt = static_cast<Runtime*>(udata);
    if (rt->heap_limit_ != 0 && rt->heap_bytes_ + size > rt->heap_limit_) {
      rt->refuse_allocation();
      return nullptr;
    }
    rt->alloc_failures_ = 0;
    auto* p = static_cast<char*>(std::malloc(size + kHeader));
    if (p == nullptr) return nullptr;
    std::memcpy(p, &size, sizeof size);
    rt->heap_bytes_ += size;
    return p + kHeader;
  }

  static void* realloc(void* udata, void* ptr, duk_size_t size) {
    if (ptr == nullptr) return alloc(udata, size);
    auto* rt = static_cast<Runtime*>(udata);
    char* base = static_cast<char*>(ptr) - kHeader;
    duk_size_t old;
    std::memcpy(&old, base, sizeof old);
    if (size == 0) {
      rt->heap_bytes_ -= old;
      std::free(base);
      return nullptr;
    }
    if (rt->heap_limit_ != 0 && size > old && rt->heap_bytes_ + (size - old) > rt->heap_limit_) {
      rt->refuse_allocation();
      return nullptr;
    }
    rt->alloc_failures_ = 0;
    auto* p = static_cast<char*>(std::realloc(base, size + kHeader));
    if (p == nullptr) return nullptr;
    std::memcpy(p, &size, sizeof size);
    rt->heap_bytes_ = rt->heap_bytes_ - old + size;
    return p + kHeader;
  }

  static void free(void* udata, void* ptr) {
    if (ptr == nullptr) return;
    auto* rt = static_cast<Runtime*>(udata);
    char* base = static_cast<char*>(ptr) - kHeader;
    duk_size_t old;
    std::memcpy(&old, base, sizeof old);
    rt->heap_bytes_ -= old;
    std::free(base);
  }

  static void fatal(void* udata, const char* msg) {
    (void) udata;
    std::fprintf(stderr, "tickscope: fatal Duktape error: %s\n", msg ? msg : "(no message)");
    std::fflush(stderr);
    std::abort();
  }
};

namespace {

uint64_t monotonic_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1'000'000'000u + static_cast<uint64_t>(ts.tv_nsec);
}

// glibc's default malloc returns every large block to the kernel, so Duktape's
// `s += x` on a long string (a new copy each time) costs an mmap/munmap or a
// heap trim per append: 35-50x slower (docs/dependencies.md, pitfall 3).
// Raising both thresholds keeps the memory in the heap. Process-wide, once.
void tune_malloc() {
  static std::once_flag once;
  std::call_once(once, [] {
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
  });
}

}  // namespace

void Runtime::create_heap() {
  tune_malloc();
  heap_limit_ = options_.limits.max_heap_bytes;
  ctx_ = duk_create_heap(HeapHooks::alloc, HeapHooks::realloc, HeapHooks::free, this,
                         HeapHooks::fatal);
  if (ctx_ == nullptr) {
    std::fprintf(stderr, "tickscope: cannot create the Duktape heap\n");
    std::abort();
  }
}

Runtime& Runtime::from(duk_context* ctx) {
  duk_memory_functions funcs;
  duk_get_memory_functions(ctx, &funcs);
  return *static_cast<Runtime*>(funcs.udata);
}

uint64_t Runtime::hrtime_ns() {
  if (options_.deterministic) {
    recorder_.tick_virtual_clock();
    return recorder_.now_ns();
  }
  return monotonic_ns();
}

double Runtime::monotonic_ms() {
  // performance.now(): ms since the runtime started.
  if (options_.deterministic) {
    recorder_.tick_virtual_clock();
    return static_cast<double>(recorder_.now_ns()) / 1e6;
  }
  return static_cast<double>(monotonic_ns() - start_ns_) / 1e6;
}

double Runtime::date_now_ms() {
  if (options_.deterministic) {
    // A fixed epoch (2024-01-01T00:00:00Z) plus virtual time.
    recorder_.tick_virtual_clock();
    return 1704067200000.0 + static_cast<double>(recorder_.now_ns() / 1'000'000);
  }
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec / 1'000'000);
}

uint64_t Runtime::monotonic_now_ns() { return monotonic_ns(); }

}  // namespace ts

// --- providers declared in engine/duktape/duk_overrides.h ---

int ts_duk_exec_timeout_check(void* heap_udata) {
  return static_cast<ts::Runtime*>(heap_udata)->should_interrupt() ? 1 : 0;
}

double ts_duk_date_now(void* ctx) {
  return ts::Runtime::from(static_cast<duk_context*>(ctx)).date_now_ms();
}

double ts_duk_monotonic_now(void* ctx) {
  return ts::Runtime::from(static_cast<duk_context*>(ctx)).monotonic_ms();
}
