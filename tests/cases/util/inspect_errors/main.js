var util = require('util');
function fixed(err, stack) { err.stack = stack; return err; }
console.log(util.inspect(fixed(new Error('boom'), 'Error: boom\n    at foo (/x.js:1:1)\n    at bar (/x.js:2:2)')));
console.log(util.inspect(fixed(new Error('no frames'), 'Error: no frames')));
console.log(util.inspect(fixed(new TypeError('bad type'), 'TypeError: bad type\n    at foo (/x.js:1:1)')));
var withProps = fixed(new Error('props'), 'Error: props\n    at foo (/x.js:1:1)');
withProps.code = 'E_CODE'; withProps.info = { a: 1 };
console.log(util.inspect(withProps));
console.log({ nested: fixed(new Error('inner'), 'Error: inner\n    at foo (/x.js:1:1)') });
console.log([fixed(new RangeError('r'), 'RangeError: r')]);
var renamed = fixed(new Error('m'), 'Error: m\n    at foo (/x.js:1:1)'); renamed.name = 'CustomName';
console.log(util.inspect(renamed));
var empty = fixed(new Error('e'), ''); console.log(util.inspect(empty));
function MyError(message) { this.message = message; }
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.constructor = MyError;
MyError.prototype.name = 'MyError';
console.log(util.inspect(new MyError('custom')));
function SubError(message) { this.message = message; }
SubError.prototype = Object.create(Error.prototype);
SubError.prototype.constructor = SubError;
console.log(util.inspect(new SubError('sub')));
var withCause = fixed(new Error('outer'), 'Error: outer\n    at a (/x.js:1:1)');
withCause.cause = fixed(new Error('inner cause'), 'Error: inner cause');
console.log(util.inspect(withCause));
var msgOnly = new Error('msg'); console.log(util.inspect(msgOnly).split('\n')[0]);
console.log(String(new Error('str')));
var e2 = new Error('x'); console.log(util.inspect(e2, { depth: -1 }).split('\n')[0]);
var nameNotString = fixed(new Error('n'), 'Error: n'); nameNotString.name = 42; console.log(util.inspect(nameNotString));
var noStack = new Error('nostack'); noStack.stack = undefined; console.log(util.inspect(noStack));
var multi = fixed(new Error('line1\nline2'), 'Error: line1\nline2\n    at f (/x.js:1:1)'); console.log(util.inspect(multi));
console.log(util.inspect(Object.create(Error.prototype)));
var nullProtoErr = fixed(new Error('np'), 'Error: np\n    at z (/x.js:1:1)'); Object.setPrototypeOf(nullProtoErr, null);
console.log(util.inspect(nullProtoErr));
