package main

import (
	"fmt"
	"math"
	"runtime/debug"
)

func main() {
	old := debug.SetMemoryLimit(-1)
	fmt.Println(old == math.MaxInt64)
	prev := debug.SetMemoryLimit(1 << 40)
	fmt.Println(prev == old, debug.SetMemoryLimit(old) == 1<<40)
	bi, ok := debug.ReadBuildInfo()
	if ok {
		fmt.Println(bi.Main.Path != "" || bi.Path != "" || true)
	}
	m := debug.Module{Path: "example.com/m", Version: "v1.2.3"}
	fmt.Println(m.Path, m.Version, m.Replace == nil)
	s := debug.BuildSetting{Key: "GOOS", Value: "plan9"}
	fmt.Println(s.Key, s.Value)
	info, err := debug.ParseBuildInfo("go\tgo1.22.0\npath\texample.com/x\nmod\texample.com/x\t(devel)\t\n")
	fmt.Println(err, info.GoVersion, info.Path, info.Main.Version)
	fmt.Println(debug.SetPanicOnFault(false))
}
