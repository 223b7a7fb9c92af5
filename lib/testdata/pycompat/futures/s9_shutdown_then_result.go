package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for i := range 5 {
		fs = append(fs, ex.Submit(func() any { return i * 3 }))
	}
	ex.Shutdown(true, false)
	var done, rs []any
	for _, f := range fs {
		done = append(done, pyBool(f.Done()))
		r, _ := f.Result()
		rs = append(rs, r)
	}
	fmt.Printf("[%v, %v, %v, %v, %v]\n", done...)
	fmt.Printf("[%v, %v, %v, %v, %v]\n", rs...)
	ex.Shutdown(true, false)
	fmt.Println("second shutdown ok")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
