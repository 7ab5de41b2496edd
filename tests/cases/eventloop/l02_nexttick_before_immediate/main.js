// Seed-catalogue lesson L02: `nextTick` runs before `setImmediate`
process.nextTick(function () {
  console.log('1');
});
setImmediate(function () {
  console.log('2');
});
console.log('0');
