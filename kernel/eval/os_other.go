//go:build !unix

package eval

import (
	"os/exec"
	"reflect"
	"syscall"
	"time"
)

// syscallExtra: this platform's syscall has no Kill.
func syscallExtra() map[string]reflect.Value { return nil }

// cpuTimes is not measured on this platform (%time shows zero CPU time).
func cpuTimes() (user, sys time.Duration) { return 0, 0 }

func ownGroup(cmd *exec.Cmd) {}

func signalGroup(cmd *exec.Cmd, sig syscall.Signal) {
	if sig == syscall.SIGKILL || sig == syscall.SIGINT {
		_ = cmd.Process.Kill()
	}
}
