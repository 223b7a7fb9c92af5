package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var order []string
	var lock threading.Lock
	task := func(i int) any {
		time.Sleep(10 * time.Millisecond)
		lock.Acquire()
		order = append(order, fmt.Sprint(i))
		lock.Release()
		return i
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	var fs []*futures.Future
	for i := 0; i < 5; i++ {
		fs = append(fs, ex.Submit(func() any { return task(i) }))
	}
	n := 0
	for _, f := range fs {
		if f.Done() {
			n++
		}
	}
	fmt.Println(pb(n < 5))
	ex.Shutdown(true, false)
	all := true
	var rs []string
	for _, f := range fs {
		all = all && f.Done()
		r, _ := f.Result()
		rs = append(rs, fmt.Sprint(r))
	}
	fmt.Println("["+strings.Join(order, ", ")+"]", pb(all), "["+strings.Join(rs, ", ")+"]")
}
