//go:build unix && !linux

package multiprocessing

import "syscall"

// socketpair returns a connected pair of Unix stream sockets, both closed
// on exec. Without SOCK_CLOEXEC (macOS, the BSDs) the flag is set after
// the call, under syscall.ForkLock so that no process started meanwhile
// inherits them (as package net and os/exec do).
func socketpair() ([2]int, error) {
	syscall.ForkLock.RLock()
	defer syscall.ForkLock.RUnlock()
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err != nil {
		return fds, err
	}
	syscall.CloseOnExec(fds[0])
	syscall.CloseOnExec(fds[1])
	return fds, nil
}
