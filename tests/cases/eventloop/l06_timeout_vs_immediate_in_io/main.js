// Seed-catalogue lesson L06: `setTimeout(0)` vs `setImmediate` inside an I/O callback
var fs = require('fs');
fs.readFile(__filename, function () {
  console.log('readFile callback (poll phase)');
  setTimeout(function () { console.log('timeout 0'); }, 0);
  setImmediate(function () { console.log('immediate'); });
});
