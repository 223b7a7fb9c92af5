package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for i := range 4 {
		fs = append(fs, ex.Submit(func() any { gate.Wait(); return i }))
	}
	ex.Shutdown(false, false)
	fmt.Printf("[%s, %s, %s, %s]\n", pyBool(fs[0].Done()), pyBool(fs[1].Done()), pyBool(fs[2].Done()), pyBool(fs[3].Done()))
	gate.Set()
	var rs []any
	for _, f := range fs {
		r, _ := f.Result()
		rs = append(rs, r)
	}
	fmt.Printf("[%v, %v, %v, %v]\n", rs...)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
