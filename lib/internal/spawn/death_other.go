//go:build !linux

package spawn

import "os/exec"

// setDeathSignal does nothing where the kernel has no parent-death signal;
// the library then relies on killing its children at shutdown.
func setDeathSignal(cmd *exec.Cmd) {}
