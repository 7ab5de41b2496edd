// Lesson 12: an exception does not cross ticks. try/catch only catches what is
// thrown while the try block is on the stack; an async callback runs later,
// from the loop, long after the try block has finished. So async APIs pass
// errors as the first argument of the callback instead (error-first).

function asyncCall(callback) {
  process.nextTick(callback);
}

try {
  asyncCall(function throwsLater() {
    throw new Error('thrown on the next tick');
  });
} catch (e) {
  console.log('caught by try/catch? ' + e.message);  // never printed
}
console.log('try/catch finished: nothing was caught');

// The last resort: without this listener the process would print the error
// and exit with code 1.
process.on('uncaughtException', function onUncaught(err) {
  console.log('uncaughtException: ' + err.message);
});

// The error-first convention: callback(err) or callback(null, result).
function readConfig(text, callback) {
  process.nextTick(function parseLater() {
    var config;
    try {
      config = JSON.parse(text);
    } catch (err) {
      return callback(err);
    }
    callback(null, config);  // outside the try: an error thrown by the
                             // callback must not make us call it twice
  });
}

readConfig('{"ok": true}', function onGoodConfig(err, config) {
  console.log('error-first callback: err = ' + err + ', config = ' + JSON.stringify(config));
});
readConfig('{not json', function onBadConfig(err, config) {
  console.log('error-first callback: err is a ' + err.name + ', config = ' + config);
});
