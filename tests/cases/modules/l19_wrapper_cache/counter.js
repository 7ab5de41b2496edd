var count = 0; exports.inc = function () { return ++count; }; console.log('counter.js body executed');
