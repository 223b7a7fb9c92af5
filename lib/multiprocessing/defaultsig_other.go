//go:build !linux

package multiprocessing

// defaultSignals does nothing here: a child keeps the Go runtime's handling
// of SIGUSR1 and the like (see defaultsig_linux.go).
func defaultSignals() {}
