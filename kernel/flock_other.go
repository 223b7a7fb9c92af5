//go:build !unix

package kernel

import "os"

// lockFile does nothing where flock is unknown: kernels sharing a history
// file there may lose the lines one appends while another trims it, and
// number their sessions alike when they start at the same time.
func lockFile(f *os.File) error { return nil }

// unlockFile releases the lock of lockFile.
func unlockFile(f *os.File) error { return nil }

// tryLockFile reports true where flock is unknown.
func tryLockFile(f *os.File) bool { return true }

// lockSharedFile does nothing where flock is unknown.
func lockSharedFile(f *os.File) error { return nil }
