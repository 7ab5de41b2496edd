// 'unhandledRejection' fires at the end of the checkpoint; a handler added in
// the same tick prevents it; one added later emits 'rejectionHandled'.
process.on('unhandledRejection', function (reason, p) {
  console.log('unhandledRejection: ' + reason.message);
  setTimeout(function () {
    p.catch(function () { console.log('handled late'); });
  }, 1);
});
process.on('rejectionHandled', function () { console.log('rejectionHandled'); });
var early = Promise.reject(new Error('early'));
early.catch(function () { console.log('caught early, no event'); });
Promise.reject(new Error('late'));
