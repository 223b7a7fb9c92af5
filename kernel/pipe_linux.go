package kernel

import "golang.org/x/sys/unix"

// pipeBytes returns how many bytes the pipe fd holds unread.
func pipeBytes(fd int) (int, error) { return unix.IoctlGetInt(fd, unix.TIOCINQ) }
