// question() with a callback: the query becomes the prompt (written to the
// output) and the next line is the answer instead of a 'line' event; the old
// prompt comes back afterwards. rl.write() feeds lines as if read.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var output = new PassThrough();
var written = '';
output.on('data', function (d) { written += d; });

var rl = readline.createInterface({ input: input, output: output, prompt: '$ ', terminal: false });
rl.on('line', function (line) { console.log('line event: ' + line); });
rl.question('colour? ', function (answer) {
  console.log('answer: ' + answer + ', prompt now ' + JSON.stringify(rl.getPrompt()));
  rl.prompt();
  rl.write('written line\n');
  rl.close();
});
rl.write('blue\nafter the answer\n');
setImmediate(function () {
  console.log('output: ' + JSON.stringify(written));
});
