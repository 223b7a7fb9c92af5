package multiprocessing

// abstractSockets: Linux has the abstract socket namespace, whose names
// vanish with their sockets.
const abstractSockets = true
