package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	total := 0
	var lock threading.Lock
	var calls []bool
	add := func(f *futures.Future) {
		lock.Acquire()
		defer lock.Release()
		r, _ := f.Result()
		total += r.(int)
		calls = append(calls, f.Done())
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	for i := 1; i <= 10; i++ {
		ex.Submit(func() any { return i * i }).AddDoneCallback(add)
	}
	ex.Shutdown(true, false)
	all := true
	for _, c := range calls {
		all = all && c
	}
	fmt.Println(total, len(calls), pyBool(all))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
