package multiprocessing

import (
	"syscall"
	"unsafe"
)

// fatalSignals are the signals that end a process by default (the kernel's
// default action) but that the Go runtime catches and then ignores when the
// program did not ask for them with signal.Notify: SIGUSR1, SIGUSR2,
// SIGALRM, SIGVTALRM, SIGIO, SIGPWR and the real-time signals SIGRTMIN (34)
// to SIGRTMAX (64). A Python process keeps their default action, so that
// os.kill(p.pid, signal.SIGUSR1) ends the child with exitcode -10.
func fatalSignals() []syscall.Signal {
	sigs := []syscall.Signal{syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM, syscall.SIGVTALRM, syscall.SIGIO, syscall.SIGPWR}
	for s := syscall.Signal(34); s <= 64; s++ {
		sigs = append(sigs, s)
	}
	return sigs
}

// defaultSignals gives a child process the kernel's default action for
// fatalSignals, as a Python child has: killed by one of them, it ends with
// that signal (exitcode -N) instead of going on. The Go runtime keeps its
// bookkeeping (it has installed its handler once, at start); a later
// signal.Notify for one of these signals in the child does not install the
// handler again, so the signal still ends the child, as one sent to a Python
// child without a handler; signal.Ignore still works.
func defaultSignals() {
	// The kernel's struct sigaction: a zero one is SIG_DFL, no flags, an
	// empty mask. 32 bytes cover its size on every 64-bit architecture.
	var act [4]uint64
	for _, s := range fatalSignals() {
		syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(s), uintptr(unsafe.Pointer(&act)), 0, 8, 0, 0)
	}
}
