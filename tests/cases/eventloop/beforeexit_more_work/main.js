// 'beforeExit' fires when the loop runs dry; scheduling work in it keeps the
// process alive for another round; 'exit' then fires once.
var rounds = 0;
process.on('beforeExit', function (code) {
  console.log('beforeExit ' + code + ' round ' + rounds);
  if (rounds++ < 2) {
    setTimeout(function () { console.log('more work ' + rounds); }, 1);
  }
});
process.on('exit', function (code) { console.log('exit ' + code); });
console.log('main');
