// readline over process.stdin (the case's stdin.txt): every line, the last
// one without a newline too, then 'close' after the input's end; 'pause'
// comes first because close() pauses the input.
var readline = require('readline');
var rl = readline.createInterface({ input: process.stdin });
var count = 0;
rl.on('line', function (line) {
  count++;
  console.log(count + ': ' + JSON.stringify(line));
});
rl.on('pause', function () { console.log('pause'); });
rl.on('close', function () { console.log('close after ' + count + ' lines'); });
console.log('terminal ' + rl.terminal + ', prompt ' + JSON.stringify(rl.getPrompt()) +
  ', crlfDelay ' + rl.crlfDelay);
