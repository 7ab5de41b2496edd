var util = require('util');
var custom = {};
custom[util.inspect.custom] = function (depth, options, inspect) {
  return 'CUSTOM(depth=' + depth + ', ' + typeof options.stylize + ', ' + (inspect === util.inspect) + ')';
};
console.log(custom);
console.log({ wrapper: custom });
console.log({ a: { b: custom } });
console.log(util.inspect(custom, { customInspect: false }));
var multi = {}; multi[util.inspect.custom] = function () { return 'line1\nline2'; };
console.log({ key: multi });
var retObj = {}; retObj[util.inspect.custom] = function () { return { replaced: [1, 2] }; };
console.log(retObj);
var retSelf = { val: 1 }; retSelf[util.inspect.custom] = function () { return this; };
console.log(retSelf);
function Money(n) { this.n = n; }
Money.prototype[util.inspect.custom] = function (depth, opts) { return 'Money<' + opts.stylize(this.n, 'number') + '>'; };
console.log(new Money(5), [new Money(6)]);
console.log(Money.prototype);
console.log(util.inspect(new Money(7), { colors: true }));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
var opts = {}; opts[util.inspect.custom] = function (d, o) { return 'userOpt=' + o.myOption + ' depth=' + o.depth; };
console.log(util.inspect(opts, { myOption: 'yes', depth: 5 }));
var nested = {}; nested[util.inspect.custom] = function (d, o, insp) { return insp({ inner: true }, o); };
console.log({ n: nested });
var usesDepth = {}; usesDepth[util.inspect.custom] = function (depth) { return depth < 0 ? '[too deep]' : 'ok' + depth; };
console.log({ a: { b: { c: { d: usesDepth } } } });
console.log(util.format('%s', custom));
console.log(util.format('%o', custom));
