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

// tryLockFile takes an exclusive lock of f if no one holds any lock of it
// now, and reports whether it did.
func tryLockFile(f *os.File) bool { return unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB) == nil }

// lockSharedFile takes a shared lock of f (flock), waiting for it.
func lockSharedFile(f *os.File) error { return unix.Flock(int(f.Fd()), unix.LOCK_SH) }
