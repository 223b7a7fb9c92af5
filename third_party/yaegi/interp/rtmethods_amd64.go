// gonotes patch: this file.

package interp

import "unsafe"

// methodStubCount is the number of method stubs of rtmethods_amd64.s
// (rtmethods_gen.go).
const methodStubCount = 65536

// methodStubTable holds the func value each stub calls (rtmethods.go).
var methodStubTable [methodStubCount]unsafe.Pointer

// methodStubAddrs returns the code addresses of the stubs.
func methodStubAddrs() *[methodStubCount]unsafe.Pointer
