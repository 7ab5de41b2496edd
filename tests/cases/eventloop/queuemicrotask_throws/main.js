// A queueMicrotask callback that throws goes to 'uncaughtException', and the
// microtasks after it still run.
process.on('uncaughtException', function (e) { console.log('uncaughtException: ' + e.message); });
queueMicrotask(function () { console.log('m1'); throw new Error('boom'); });
queueMicrotask(function () { console.log('m2 still runs'); });
process.nextTick(function () { console.log('tick first'); });
