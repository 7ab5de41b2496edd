// A student's script: they want to print 'config loaded' before 'server
// ready', so they scheduled the load with setTimeout(0) and the ready message
// with setImmediate, believing a 0 ms timer always runs first. Inside an I/O
// callback that is wrong: after poll comes the check phase.
var fs = require('fs');
fs.stat(__filename, function afterStat() {
  setTimeout(function loadConfig() { console.log('config loaded'); }, 0);
  setImmediate(function ready() { console.log('server ready'); });
});
process.nextTick(function early() { console.log('starting'); });
