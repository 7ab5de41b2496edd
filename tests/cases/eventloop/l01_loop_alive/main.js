// Seed-catalogue lesson L01: The loop lives while something is alive
console.log('main script start');
setTimeout(function () { console.log('timer fired (timers phase)'); }, 10);
console.log('main script end');
process.on('exit', function (code) { console.log('exit event, code', code, '(loop had nothing alive)'); });
