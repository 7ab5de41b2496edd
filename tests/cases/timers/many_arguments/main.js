// setTimeout, setInterval, setImmediate and process.nextTick pass any
// number of extra arguments to their callback (here 2,000 through apply), as
// Node does. (Reported at exit, sorted: a 1 ms timer and an immediate from
// the main script run in either order.)
var lines = [];
function report(label) {
  return function () {
    var sum = 0;
    for (var i = 0; i < arguments.length; i++) sum += arguments[i];
    lines.push(label + ': ' + arguments.length + ' arguments, sum ' + sum);
  };
}
process.on('exit', function () { console.log(lines.sort().join('\n')); });
var extra = [];
for (var i = 0; i < 2000; i++) extra.push(i);
setTimeout.apply(null, [report('timeout'), 1].concat(extra));
setImmediate.apply(null, [report('immediate')].concat(extra));
var iv = setInterval.apply(null, [function () {
  report('interval').apply(null, arguments);
  clearInterval(iv);
}, 1].concat(extra));
process.nextTick.apply(process, [report('nextTick')].concat(extra));
