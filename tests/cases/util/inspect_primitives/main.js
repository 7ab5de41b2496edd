var util = require('util');
var values = [0, -0, 1, -1, 1.5, -2.25, 1e21, 1e-7, 123456789, 0.1 + 0.2, NaN, Infinity, -Infinity,
  true, false, null, undefined, Symbol('foo'), Symbol(), Symbol('a b'), Symbol.iterator,
  '', 'abc', Number.MAX_SAFE_INTEGER, Number.MIN_VALUE];
values.forEach(function (v) {
  console.log(util.inspect(v));
});
console.log(util.inspect([0, -0, NaN]));
console.log(-0, [-0], { z: -0 });
console.log(null, undefined, true, 5, 'str');
console.log(util.inspect(1234567.891, { numericSeparator: true }));
console.log(util.inspect(-1234567, { numericSeparator: true }));
console.log(util.inspect(123, { numericSeparator: true }));
console.log(util.inspect(0.0001234, { numericSeparator: true }));
console.log(util.inspect(1e21, { numericSeparator: true }));
console.log(util.inspect([1000, 10000.5, -99999], { numericSeparator: true }));
