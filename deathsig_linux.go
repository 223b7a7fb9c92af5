package main

import (
	"os/exec"
	"syscall"
)

// dieWithParent makes the kernel's interpreter child die with the kernel,
// even when the kernel is killed.
func dieWithParent(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
