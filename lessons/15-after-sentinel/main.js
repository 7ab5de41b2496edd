// Lesson 15: waiting for several async results with a sentinel. after(n, cb)
// returns a function that collects results and calls cb once it has been
// called n times. Hooked to an emitter, it waits for three 'done' events,
// whatever order they come in, while another listener sees every one.
var EventEmitter = require('events').EventEmitter;

function after(times, callback) {
  var count = 0;
  var results = {};
  return function (key, value) {
    results[key] = value;
    count++;
    if (count === times) {
      callback(results);
    }
  };
}

var emitter = new EventEmitter();
emitter.on('done', after(3, function render(results) {
  console.log('render ' + JSON.stringify(results));
}));
emitter.on('done', function otherListener(key) {
  console.log('other listener saw ' + key);
});

// Three async loads, each finishing after its own delay (timers stand in for
// reading a template, querying data and fetching resources).
setTimeout(function loadTemplate() { emitter.emit('done', 'template', '<p/>'); }, 30);
setTimeout(function loadData() { emitter.emit('done', 'data', 1); }, 10);
setTimeout(function loadResources() { emitter.emit('done', 'resources', 'r'); }, 20);
