package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func tryIt(r *multiprocessing.RLock, out *multiprocessing.Queue) {
	out.Put(r.AcquireTimeout(50 * time.Millisecond))
}

func main() {
	multiprocessing.Main(tryIt)
	r := multiprocessing.NewRLock()
	out := multiprocessing.NewQueue()
	r.Acquire()
	r.Acquire()
	p := &multiprocessing.Process{Target: tryIt, Args: []any{r, out}}
	p.Start()
	p.Join()
	fmt.Println(pyBool(out.Get().(bool)))
	r.Release()
	r.Release()
	p = &multiprocessing.Process{Target: tryIt, Args: []any{r, out}}
	p.Start()
	p.Join()
	fmt.Println(pyBool(out.Get().(bool)), p.ExitCode())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
