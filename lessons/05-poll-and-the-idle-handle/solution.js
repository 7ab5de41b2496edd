// Exercise 05, a reference fix: do not ask "is it there yet?" on every turn;
// let the code that produces the configuration call whoever waits for it.
// With no immediate queued, the idle handle stays off and poll sleeps until
// the timer is due: the loop goes round once or twice instead of thousands
// of times.
var config = null;
var waiting = [];

setTimeout(function loadConfig() {
  config = { port: 8080 };
  console.log('config loaded');
  var callbacks = waiting;
  waiting = [];
  callbacks.forEach(function (callback) { callback(config); });
}, 50);

function whenConfigLoaded(callback) {
  if (config !== null) {
    callback(config);
  } else {
    waiting.push(callback);
  }
}

whenConfigLoaded(function startServer(cfg) {
  console.log('server starts on port ' + cfg.port);
});
