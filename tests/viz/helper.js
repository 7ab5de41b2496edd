// A small module for scene.js to require: its resolution steps show in the
// module panel.
exports.greet = function greet(who) {
  return 'hello, ' + who;
};
