// Lesson 10: two queues drain after every callback: first all the nextTicks,
// then all the microtasks (promise callbacks, queueMicrotask). A nextTick
// queued by a microtask waits until the microtask queue is empty; a microtask
// queued by a nextTick runs with the other microtasks.
console.log('script start');

setTimeout(function timeout() {
  console.log('timeout (timers phase: after both queues are empty)');
}, 0);

Promise.resolve().then(function promise1() {
  console.log('promise 1');
  process.nextTick(function tickInPromise() {
    console.log('nextTick inside promise 1');
  });
}).then(function promise2() {
  console.log('promise 2');
});

process.nextTick(function tick1() {
  console.log('nextTick 1');
  Promise.resolve().then(function promiseInTick() {
    console.log('promise inside nextTick 1');
  });
});

process.nextTick(function tick2() {
  console.log('nextTick 2');
});

console.log('script end');
