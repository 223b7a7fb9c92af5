package main

import (
	"fmt"
	"runtime"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	n := multiprocessing.CPUCount()
	fmt.Println(pyBool(n >= 1), pyBool(n == runtime.NumCPU()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
