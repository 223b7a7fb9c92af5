//go:build !linux

package threading

import "github.com/gonotes/gonotes/lib/hook"

// osThreadID returns the goroutine id: this system has no portable thread
// id that Go reports.
func osThreadID() int64 { return hook.ThreadID() }
