package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 5}
	var fs []*futures.Future
	for i := range 20 {
		fs = append(fs, ex.Submit(func() any { return 1 << i }))
	}
	total := 0
	for _, f := range fs {
		r, _ := f.Result()
		total += r.(int)
	}
	ex.Shutdown(true, false)
	all := true
	for _, f := range fs {
		all = all && f.Done()
	}
	a := "False"
	if all {
		a = "True"
	}
	fmt.Println(total, a, len(fs))
}
