// rl.question on process.stdin, answers chained from the callbacks: each
// prompt is written to stdout without a newline, the answer is the next line.
var readline = require('readline');
var rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('What is your name? ', function (name) {
  rl.question('How old are you? ', function (age) {
    console.log('\n' + name + ' is ' + age);
    rl.close();
  });
});
rl.on('close', function () { console.log('closed'); });
