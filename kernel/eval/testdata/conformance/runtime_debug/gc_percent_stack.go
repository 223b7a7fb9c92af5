package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

func main() {
	old := debug.SetGCPercent(50)
	fmt.Println(old)
	fmt.Println(debug.SetGCPercent(old))
	st := debug.Stack()
	fmt.Println(strings.HasPrefix(string(st), "goroutine "), len(st) > 0)
	info, ok := debug.ReadBuildInfo()
	fmt.Println(ok, info != nil && strings.HasPrefix(info.GoVersion, "go"))
	prev := debug.SetMaxStack(1 << 26)
	fmt.Println(prev > 0)
	debug.SetMaxStack(prev)
	debug.FreeOSMemory()
	var s debug.GCStats
	debug.ReadGCStats(&s)
	fmt.Println(s.NumGC >= 0)
}
