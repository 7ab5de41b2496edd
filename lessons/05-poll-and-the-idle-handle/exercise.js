// Exercise 05 (fix the script): the configuration arrives after 50 ms (a
// timer stands in for the slow read). waitForConfig() checks for it on every
// turn of the loop with setImmediate. The output is right, but while it waits
// the loop spins thousands of times at 100% CPU: an immediate is always
// queued, so poll never sleeps.
//
// Make the loop *wait* instead: the server should start in the same callback
// turn in which the configuration arrives, and the loop should go round only
// a few times.
var config = null;

setTimeout(function loadConfig() {
  config = { port: 8080 };
  console.log('config loaded');
}, 50);

function waitForConfig() {
  if (config === null) {
    setImmediate(waitForConfig);  // not yet: look again on the next turn
    return;
  }
  console.log('server starts on port ' + config.port);
}

waitForConfig();
