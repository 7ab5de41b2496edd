// A tour of the event loop: one of each kind of callback, so that every panel
// of the visualizer has something to show. Predict the order of the lines
// before you run it!
var fs = require('fs');
var path = require('path');

console.log('1. the main script runs first (' + path.basename(__filename) + ')');

fs.readFile(__filename, function afterRead(err, data) {
  console.log('5. the file was read: ' + data.length + ' bytes (poll phase)');
  setTimeout(function timeout() {
    console.log('8. setTimeout 0, one iteration later (timers phase)');
  }, 0);
  setImmediate(function immediate() {
    console.log('6. setImmediate, right after poll (check phase)');
    process.nextTick(function tickInImmediate() {
      console.log('7. a nextTick queued by the immediate runs as soon as it returns');
    });
  });
});

Promise.resolve('value').then(function promiseThen() {
  console.log('4. the promise callback, after every nextTick (a microtask)');
});

process.nextTick(function tick() {
  console.log('3. process.nextTick, as soon as the main script is done');
});

var greeting = Buffer.from('hello');  // a slice of Buffer's 8 KiB pool
console.log('2. the main script ends (made a ' + greeting.length + '-byte Buffer)');
