// Requires a package that only the case folder's node_modules has, so the
// loader walks up through every ancestor's node_modules first.
console.log(require('pkg'));
