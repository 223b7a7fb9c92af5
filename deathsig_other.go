//go:build !linux

package main

import "os/exec"

// dieWithParent does nothing where there is no parent-death signal; the
// child still ends when its stdin (the kernel's requests) closes.
func dieWithParent(cmd *exec.Cmd) {}
