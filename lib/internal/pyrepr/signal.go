//go:build unix

package pyrepr

import "syscall"

var signalNames = map[syscall.Signal]string{
	syscall.SIGHUP: "SIGHUP", syscall.SIGINT: "SIGINT", syscall.SIGQUIT: "SIGQUIT",
	syscall.SIGILL: "SIGILL", syscall.SIGTRAP: "SIGTRAP", syscall.SIGABRT: "SIGABRT",
	syscall.SIGBUS: "SIGBUS", syscall.SIGFPE: "SIGFPE", syscall.SIGKILL: "SIGKILL",
	syscall.SIGUSR1: "SIGUSR1", syscall.SIGSEGV: "SIGSEGV", syscall.SIGUSR2: "SIGUSR2",
	syscall.SIGPIPE: "SIGPIPE", syscall.SIGALRM: "SIGALRM", syscall.SIGTERM: "SIGTERM",
	syscall.SIGCHLD: "SIGCHLD", syscall.SIGCONT: "SIGCONT", syscall.SIGSTOP: "SIGSTOP",
	syscall.SIGTSTP: "SIGTSTP", syscall.SIGTTIN: "SIGTTIN", syscall.SIGTTOU: "SIGTTOU",
	syscall.SIGURG: "SIGURG", syscall.SIGXCPU: "SIGXCPU", syscall.SIGXFSZ: "SIGXFSZ",
	syscall.SIGVTALRM: "SIGVTALRM", syscall.SIGPROF: "SIGPROF", syscall.SIGWINCH: "SIGWINCH",
	syscall.SIGIO: "SIGIO", syscall.SIGSYS: "SIGSYS",
}

// SignalName returns the name Python's signal.Signals gives signal number
// n, such as "SIGTERM", and whether it knows one.
func SignalName(n int) (string, bool) {
	s, ok := signalNames[syscall.Signal(n)]
	return s, ok
}

// exitcodeNames are the names multiprocessing gives some exit codes where
// they are not signal.Signals' (its table is built from every SIG* name of
// the signal module, so an alias defined after a signal's name wins).
var exitcodeNames = map[syscall.Signal]string{}

// ExitcodeSignalName returns the name multiprocessing's repr of a process
// killed by signal n shows after the minus (exitcode=-SIGTERM), and whether
// it knows one.
func ExitcodeSignalName(n int) (string, bool) {
	if s, ok := exitcodeNames[syscall.Signal(n)]; ok {
		return s, true
	}
	return SignalName(n)
}
