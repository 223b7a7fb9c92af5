package multiprocessing

import "syscall"

// socketpair returns a connected pair of Unix stream sockets, both closed
// on exec (atomically, with SOCK_CLOEXEC).
func socketpair() ([2]int, error) {
	return syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
}
