// os.constants: signals, errno, priority, dlopen (Linux values).
var os = require('os');
var c = os.constants;
console.log(Object.keys(c).join(','));
console.log('UV_UDP_REUSEADDR', c.UV_UDP_REUSEADDR);
console.log('prototypes null:', Object.getPrototypeOf(c) === null, Object.getPrototypeOf(c.signals) === null);
console.log(JSON.stringify(c.signals));
console.log(JSON.stringify(c.errno));
console.log(JSON.stringify(c.priority));
console.log(JSON.stringify(c.dlopen));
