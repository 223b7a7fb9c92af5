// gonotes patch: this file.

//go:build !amd64

package interp

import "unsafe"

// methodStubCount is 0: no stubs on this architecture, so that types of
// interpreted code get no method tables (rtmethods.go).
const methodStubCount = 0

var methodStubTable [methodStubCount]unsafe.Pointer

func methodStubAddrs() *[methodStubCount]unsafe.Pointer { return new([methodStubCount]unsafe.Pointer) }
