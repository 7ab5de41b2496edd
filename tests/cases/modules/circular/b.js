exports.done = false;
var a = require('./a');
console.log('in b, a.done =', a.done, '(a is still loading: partial exports)');
exports.done = true;
