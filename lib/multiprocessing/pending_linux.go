package multiprocessing

import (
	"os"
	"syscall"
	"unsafe"
)

// pipeBuffered returns the number of bytes waiting in the pipe f.
func pipeBuffered(f *os.File) int {
	rc, err := f.SyscallConn()
	if err != nil {
		return 0
	}
	n := int32(0)
	rc.Control(func(fd uintptr) {
		syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TIOCINQ, uintptr(unsafe.Pointer(&n)))
	})
	return int(n)
}
