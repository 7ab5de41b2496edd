// The Box example of Node's util.inspect.custom documentation.
var util = require('util');
function Box(value) { this.value = value; }
Box.prototype[util.inspect.custom] = function (depth, options, inspect) {
  if (depth < 0) return options.stylize('[Box]', 'special');
  var newOptions = Object.assign({}, options, {
    depth: options.depth === null ? null : options.depth - 1
  });
  var padding = ' '.repeat(5);
  var inner = inspect(this.value, newOptions).replace(/\n/g, '\n' + padding);
  return options.stylize('Box', 'special') + '< ' + inner + ' >';
};
var box = new Box(true);
console.log(util.inspect(box));
console.log(util.inspect(new Box(new Box({ a: 1, b: { c: { d: 2 } } }))));
console.log(util.inspect(new Box([1, 2, 3]), { depth: 0 }));
console.log(util.inspect(new Box(new Box(new Box(1))), { depth: 1 }));
console.log(JSON.stringify(util.inspect(new Box('s'), { colors: true })));
console.log(util.inspect({ list: [new Box({ long: 'x'.repeat(70), other: 'y'.repeat(10) })] }));
var password = { toString: function toString() { return 'xxxxxxxx'; } };
password[util.inspect.custom] = function () { return 'Password <xxxxxxxx>'; };
console.log(password);
console.log('%s', password);
console.log(util.format('%O', password));
var ret = {}; ret[util.inspect.custom] = function () { return [1, { deep: { deeper: { deepest: 1 } } }]; };
console.log(ret);
var thrower = {}; thrower[util.inspect.custom] = function () { throw new Error('custom threw'); };
try { util.inspect(thrower); } catch (e) { console.log('caught:', e.message); }
