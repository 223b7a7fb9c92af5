package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for i := range 4 {
		fs = append(fs, ex.Submit(func() any { gate.Wait(); return i }))
	}
	ex.Shutdown(false, false)
	n := 0
	for _, f := range fs {
		if f.Done() {
			n++
		}
	}
	fmt.Println("returned at once:", n)
	gate.Set()
	var rs []any
	for _, f := range fs {
		r, _ := f.Result()
		rs = append(rs, r)
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	defer func() {
		if r := recover(); r != nil {
			_, msg, _ := strings.Cut(fmt.Sprint(r), ": ")
			fmt.Println(msg)
		}
	}()
	ex.Submit(func() any { return 0 })
}
