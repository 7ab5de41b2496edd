// A require cycle returns the partial exports of the module still loading.
var a = require('./a');
var b = require('./b');
console.log('in main, a.done =', a.done, ', b.done =', b.done);
