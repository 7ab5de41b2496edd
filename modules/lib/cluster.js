'use strict';

// The cluster module (Node's lib/cluster.js): the primary's side
// (internal/cluster/primary.js) or a worker's (internal/cluster/child.js),
// chosen by NODE_UNIQUE_ID, which the primary puts in each worker's
// environment.

var childOrPrimary = 'NODE_UNIQUE_ID' in process.env ? 'child' : 'primary';
module.exports = require('internal/cluster/' + childOrPrimary);
