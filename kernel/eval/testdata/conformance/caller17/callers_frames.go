package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

//go:noinline
func trace() []string {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, fmt.Sprintf("%s %s:%d", f.Function, filepath.Base(f.File), f.Line))
		} else {
			out = append(out, f.Function)
		}
		if !more {
			break
		}
	}
	return out
}

//go:noinline
func level2() []string { return trace() }

//go:noinline
func level1() []string { return level2() }

func main() {
	for _, s := range level1() {
		fmt.Println(s)
	}
}
