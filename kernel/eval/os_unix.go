//go:build unix

package eval

import (
	"os/exec"
	"reflect"
	"syscall"
	"time"
)

// syscallExtra returns the symbols of package syscall that yaegi's
// restricted table leaves out and a cell may use (see Session).
func syscallExtra() map[string]reflect.Value {
	return map[string]reflect.Value{
		"Kill": reflect.ValueOf(syscall.Kill),
		// shutdown(2) of a socket, which the table leaves out with
		// Reboot as if it shut the machine down.
		"Shutdown": reflect.ValueOf(syscall.Shutdown),
	}
}

// cpuTimes returns the user and system CPU time of this process (%time).
func cpuTimes() (user, sys time.Duration) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, 0
	}
	return time.Duration(ru.Utime.Nano()), time.Duration(ru.Stime.Nano())
}

// ownGroup makes cmd the leader of a new process group.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
}

// signalGroup sends sig to cmd's process group.
func signalGroup(cmd *exec.Cmd, sig syscall.Signal) {
	_ = syscall.Kill(-cmd.Process.Pid, sig)
}
