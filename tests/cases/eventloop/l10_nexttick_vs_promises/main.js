// Seed-catalogue lesson L10: `nextTick` vs promise microtasks
console.log('script start');
setTimeout(function () { console.log('timeout'); }, 0);
Promise.resolve().then(function () {
  console.log('promise 1');
  process.nextTick(function () { console.log('nextTick inside promise'); });
}).then(function () { console.log('promise 2'); });
process.nextTick(function () {
  console.log('nextTick 1');
  Promise.resolve().then(function () { console.log('promise inside nextTick'); });
});
process.nextTick(function () { console.log('nextTick 2'); });
console.log('script end');
