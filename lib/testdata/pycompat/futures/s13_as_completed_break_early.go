package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	task := func(i int) any {
		if i > 0 {
			gate.Wait()
		}
		return i * 100
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for i := range 3 {
		fs = append(fs, ex.Submit(func() any { return task(i) }))
	}
	for f := range futures.AsCompleted(fs) {
		r, _ := f.Result()
		fmt.Println("first to finish:", r)
		break
	}
	gate.Set()
	ex.Shutdown(true, false)
	var rs []string
	all := true
	for _, f := range fs {
		r, _ := f.Result()
		rs = append(rs, fmt.Sprint(r))
		all = all && f.Done()
	}
	fmt.Println("all done after the with block:", "["+strings.Join(rs, ", ")+"]", map[bool]string{true: "True", false: "False"}[all])
}
