package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	names = map[string]bool{}
	lock  threading.Lock
)

func work(n int) any {
	lock.Acquire()
	names[threading.CurrentThread().GetName()] = true
	lock.Release()
	return n * n
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4, ThreadNamePrefix: "sq"}
	var fs []*futures.Future
	for n := 0; n < 100; n++ {
		fs = append(fs, ex.Submit(func() any { return work(n) }))
	}
	total := 0
	for _, f := range fs {
		r, _ := f.Result()
		total += r.(int)
	}
	ex.Shutdown(true, false)
	all := true
	for n := range names {
		all = all && strings.HasPrefix(n, "sq_")
	}
	py := map[bool]string{true: "True", false: "False"}
	fmt.Println(total, py[len(names) >= 1 && len(names) <= 4], py[all])
}
