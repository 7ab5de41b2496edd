// process.on('SIGxxx') watches a signal (a signal handle, unref'd: it does
// not keep the process alive); process.kill sends one. Listeners get the
// signal's name and number.
var got = [];
var keepAlive = setInterval(function () {}, 1000);
function onUsr2(name, num) {
  got.push(name + ' ' + num);
  if (got.length === 1) {
    process.kill(process.pid, 12);
    return;
  }
  process.removeListener('SIGUSR2', onUsr2);
  clearInterval(keepAlive);
  console.log('got', got.join(', '));
  console.log('listeners left', process.listenerCount('SIGUSR2'));
}
process.on('SIGUSR2', onUsr2);
console.log('kill returns', process.kill(process.pid, 'SIGUSR2'));
try {
  process.kill(process.pid, 'SIGBOGUS');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  process.kill(2147483000, 0);
} catch (e) {
  console.log(e.code, e.syscall, e.message);
}
process.on('SIGHUP', function () { console.log('never'); });
process.on('exit', function (code) { console.log('exit', code, '(the SIGHUP watch did not keep the process alive)'); });
