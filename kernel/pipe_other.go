//go:build !linux

package kernel

import "errors"

// pipeBytes is only known on Linux; elsewhere Sync always sends a marker.
func pipeBytes(fd int) (int, error) { return 0, errors.New("unknown") }
