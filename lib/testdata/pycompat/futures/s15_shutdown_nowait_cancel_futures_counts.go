package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	gate, started threading.Event
	ran           []int
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func task(i int) any {
	if i == 0 {
		started.Set()
		gate.Wait()
	}
	ran = append(ran, i)
	return i
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, ThreadNamePrefix: "solo"}
	var fs []*futures.Future
	for i := 0; i < 6; i++ {
		fs = append(fs, ex.Submit(func() any { return task(i) }))
	}
	started.Wait()
	ex.Shutdown(false, true)
	var cs []string
	done, cancelled := 0, 0
	for _, f := range fs {
		cs = append(cs, py(f.Cancelled()))
		if f.Done() {
			done++
		}
	}
	fmt.Println("after shutdown:", "["+strings.Join(cs, ", ")+"]")
	fmt.Println("running:", py(fs[0].Running()), "done:", done)
	gate.Set()
	r, _ := fs[0].Result()
	fmt.Println("result 0:", r)
	ex.Shutdown(true, false)
	for _, f := range fs {
		if f.Cancelled() {
			cancelled++
		}
	}
	fmt.Println("ran:", strings.ReplaceAll(fmt.Sprint(ran), " ", ", "), "cancelled:", cancelled)
}
