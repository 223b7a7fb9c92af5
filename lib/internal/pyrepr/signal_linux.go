package pyrepr

import "syscall"

// Linux's signals that Python's signal.Signals names beyond those of every
// unix: SIGSTKFLT and SIGPWR, and the first and last real-time signals,
// SIGRTMIN (34, as glibc reports it) and SIGRTMAX (64). The real-time
// signals between them have no name in Python ("unknown signal 35").
func init() {
	signalNames[syscall.SIGSTKFLT] = "SIGSTKFLT"
	signalNames[syscall.SIGPWR] = "SIGPWR"
	signalNames[syscall.Signal(34)] = "SIGRTMIN"
	signalNames[syscall.Signal(64)] = "SIGRTMAX"
	// multiprocessing's table takes the last of the module's names of a
	// number: SIGPOLL, Linux's alias of SIGIO.
	exitcodeNames[syscall.SIGIO] = "SIGPOLL"
}
