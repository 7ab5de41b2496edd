// A module with private state: `count` lives in this module's wrapper
// function, so every require() of the *same* loaded module shares it.
var count = 0;
exports.inc = function () {
  count++;
  return count;
};
console.log('counter.js body executed');
