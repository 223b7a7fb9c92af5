// Package stack trims goroutine stacks to the frames of user code, for the
// "Exception in thread" reports of lib/threading and the errors of
// lib/futures.
package stack

import (
	"bytes"
	"strings"
)

// UserFrames keeps, of a goroutine stack as printed by runtime/debug.Stack,
// the header line and the frames of user code: it drops the runtime, the
// reflect package, the yaegi interpreter, the testing package and the gonotes
// library itself, and the program counter offsets. It returns "" when no
// user frame is left.
func UserFrames(stack []byte) string {
	lines := bytes.Split(bytes.TrimRight(stack, "\n"), []byte("\n"))
	if len(lines) == 0 {
		return ""
	}
	var b strings.Builder
	kept := 0
	for i := 1; i+1 < len(lines); i += 2 {
		fn, loc := string(lines[i]), string(lines[i+1])
		if hiddenFrame(fn) && !strings.Contains(loc, "_test.go:") {
			continue
		}
		if j := strings.LastIndex(loc, " +0x"); j >= 0 {
			loc = loc[:j]
		}
		b.WriteString(fn)
		b.WriteString("\n")
		b.WriteString(loc)
		b.WriteString("\n")
		kept++
	}
	if kept == 0 {
		return ""
	}
	return string(lines[0]) + "\n" + b.String()
}

func hiddenFrame(fn string) bool {
	for _, p := range []string{
		"runtime.", "runtime/debug.", "reflect.", "panic(", "testing.",
		"github.com/traefik/yaegi", "github.com/gonotes/gonotes/lib/",
		"created by ",
	} {
		if strings.HasPrefix(fn, p) {
			return true
		}
	}
	return false
}
