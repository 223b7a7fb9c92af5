package threading

import (
	"runtime"
	"syscall"
)

// osThreadID returns the id of the calling OS thread (gettid).
func osThreadID() int64 { return int64(syscall.Gettid()) }

// The main goroutine keeps the process's first OS thread, whose id is the
// process id (MainThread's NativeID), so that no Thread runs on it and
// reports the process id as its own native id. Go documents this use of
// LockOSThread in an init function.
func init() { runtime.LockOSThread() }
