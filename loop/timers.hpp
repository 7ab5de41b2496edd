// Timers: Node's timer machinery (lib/internal/timers.js), in C++.
//
// HOW. Every setTimeout/setInterval is a Timer in a list of timers *with the
// same duration*. The lists are kept in a map keyed by duration and in a
// binary heap ordered by (expiry, list id):
//
//   lists_:  { 10 -> [t1, t2],  100 -> [t3] }        (each list in insertion order)
//   heap_:   [ list 10 (expires at 12), list 100 (expires at 101) ]
//
// Appending keeps a list sorted, because a timer added later to the same
// duration expires later. ONE uv_timer_t is armed for the earliest list
// (Node's scheduleTimer). When it fires, in the timers phase, every due timer
// of every due list runs, in expiry order (Node's processTimers and
// listOnTimeout), with nextTicks and microtasks drained between two timers
// (Node >= 11). A delay outside [1, 2^31-1] is 1 ms: setTimeout(fn, 0) is
// setTimeout(fn, 1), which is why a 0 ms timer and an immediate race at
// startup. Times are whole milliseconds on the loop clock since startup.
//
// WHY C++. Node keeps these lists in JS. Duktape spends ~40,000 instructions
// per timer on that (closure-variable lookups and property adds on fresh
// objects); here the JS Timeout object is a thin handle and the lists cost a
// few hundred. Every operation is recorded at the place it happens.
#pragma once

#include <uv.h>

#include <climits>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "loop_host.hpp"
#include "trace/recorder.hpp"

namespace ts {

class PhaseProbe;

class Timers {
 public:
  Timers(uv_loop_t* loop, trace::Recorder& recorder, PhaseProbe& probe, LoopHost& host);
  ~Timers();
  Timers(const Timers&) = delete;
  Timers& operator=(const Timers&) = delete;

  // Milliseconds on the loop clock since the runtime started (Node's
  // getLibuvNow); refreshes the loop's cached time first.
  int64_t now() const;

  // setTimeout/setInterval: a new timer `id` for the JS object in `slot`,
  // `ms` already coerced to [1, 2^31-1]. `cause` scheduled it.
  void start(uint32_t id, uint32_t cause, uint32_t slot, int64_t ms, bool repeat, bool refed);
  // clearTimeout: false if `id` is not active (fired or cleared already).
  bool clear(uint32_t id);
  // timeout.refresh(): restart the timer now; re-arms a timer that already
  // fired. `slot` holds the object again (released if the timer still had it).
  void refresh(uint32_t id, uint32_t cause, uint32_t slot, int64_t ms, bool repeat, bool refed);
  // timeout.ref()/unref().
  void set_ref(uint32_t id, bool refed);
  bool active(uint32_t id) const { return by_id_.count(id) != 0; }

  void close();

  // Deterministic mode: the clock is the recorder's virtual time, and the
  // timer handle never waits for real time. The phase probe calls
  // virtual_step() where libuv is about to run timers (idle=false): a due
  // timer is made to fire there. Just before poll it calls it with
  // idle=true when nothing else can happen (no immediate queued, no pool
  // request in flight): virtual time jumps to the earliest timer, poll does
  // not block, and the timer fires in the next timers phase.
  void use_virtual_time(bool on) { virtual_ = on; }
  void virtual_step(bool idle);
  // Virtual mode: ms until the earliest timer (-1: none), for poll.timeout.
  int64_t virtual_due_in() const;

 private:
  struct List;
  struct Timer {
    uint32_t id;
    uint32_t cause;
    uint32_t slot;
    int64_t ms;
    int64_t start;
    bool repeat;
    bool refed;
    bool firing = false;   // its callback is running (it is in no list)
    bool cleared = false;  // clearTimeout ran (maybe while firing)
    Timer* prev = nullptr;
    Timer* next = nullptr;
    List* list = nullptr;
  };
  struct List {
    int64_t ms;
    int64_t expiry;
    int64_t id;
    size_t heap_pos = 0;
    Timer head;  // sentinel of a circular list: head.next is the oldest
  };

  static void on_uv_timer(uv_timer_t* handle);
  int64_t process_timers(int64_t now);
  void list_on_timeout(List* list, int64_t now);
  void insert(Timer* t, int64_t start);
  void unlink(Timer* t);
  void remove_list(List* list);
  void destroy(Timer* t);
  void schedule(int64_t ms);
  void inc_ref();
  void dec_ref();

  // The heap of lists by (expiry, id).
  static bool earlier(const List* a, const List* b);
  void heap_push(List* list);
  void heap_remove(size_t pos);
  void heap_fix(size_t pos);
  void sift_up(size_t pos);
  void sift_down(size_t pos);

  uv_loop_t* loop_;
  trace::Recorder& rec_;
  PhaseProbe& probe_;
  LoopHost& host_;
  uv_timer_t handle_;
  uint64_t base_;
  int64_t next_expiry_ = INT64_MAX;
  int64_t next_list_id_ = 0;
  int64_t ref_count_ = 0;
  bool virtual_ = false;
  std::unordered_map<int64_t, std::unique_ptr<List>> lists_;
  std::vector<List*> heap_;
  std::vector<std::unique_ptr<List>> retired_;  // removed while being walked
  std::unordered_map<uint32_t, std::unique_ptr<Timer>> by_id_;
};

}  // namespace ts
