// Predict the order of these lines.
setTimeout(function () { console.log('timeout'); }, 0);
Promise.resolve().then(function () { console.log('promise'); });
process.nextTick(function () { console.log('nextTick'); });
console.log('sync');
