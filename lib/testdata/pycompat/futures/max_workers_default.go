package main

import (
	"fmt"
	"runtime"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	fmt.Println(pyBool(futures.MaxWorkersDefault() == min(32, runtime.NumCPU()+4)))
	for _, bad := range []int{-1, -5} {
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Println(e)
				}
			}()
			ex := &futures.ThreadPoolExecutor{MaxWorkers: bad}
			ex.Submit(func() any { return nil })
			ex.Shutdown(true, false)
		}()
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
