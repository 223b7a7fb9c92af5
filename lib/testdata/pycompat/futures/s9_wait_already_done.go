package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for i := range 3 {
		fs = append(fs, ex.Submit(func() any { return i }))
	}
	for _, f := range fs {
		f.Result()
	}
	for _, how := range []string{futures.FirstCompleted, futures.FirstException} {
		d, n := futures.Wait(fs, how)
		fmt.Println(how, len(d), len(n))
	}
	d, n := futures.WaitTimeout(fs, 0, futures.AllCompleted)
	fmt.Println("timeout=0", len(d), len(n))
	ex.Shutdown(true, false)
}
