package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	order []int
	lock  threading.Lock
)

func task(i int) any {
	lock.Acquire()
	order = append(order, i)
	lock.Release()
	return i
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	var fs []*futures.Future
	for i := 0; i < 5; i++ {
		fs = append(fs, ex.Submit(func() any { return task(i) }))
	}
	ex.Shutdown(true, false)
	var done, res []string
	cancelled, running := false, false
	for _, f := range fs {
		done = append(done, py(f.Done()))
		r, _ := f.Result()
		res = append(res, fmt.Sprint(r))
		cancelled = cancelled || f.Cancelled()
		running = running || f.Running()
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(order), " ", ", "), "["+strings.Join(done, ", ")+"]", "["+strings.Join(res, ", ")+"]")
	fmt.Println(py(cancelled), py(running))
}
