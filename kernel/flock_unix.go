//go:build unix

package kernel

import (
	"os"

	"golang.org/x/sys/unix"
)

// lockFile takes an exclusive advisory lock of f (flock), waiting for it.
func lockFile(f *os.File) error { return unix.Flock(int(f.Fd()), unix.LOCK_EX) }

// unlockFile releases the lock of lockFile.
func unlockFile(f *os.File) error { return unix.Flock(int(f.Fd()), unix.LOCK_UN) }
