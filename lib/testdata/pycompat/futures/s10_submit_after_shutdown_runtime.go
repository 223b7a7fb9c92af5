package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func pow(a, b int) int {
	r := 1
	for range b {
		r *= a
	}
	return r
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	f := ex.Submit(func() any { return pow(2, 10) })
	ex.Shutdown(true, false)
	r, _ := f.Result()
	fmt.Println(r)
	try(func() { ex.Submit(func() any { return pow(2, 3) }) })
	ex.Shutdown(true, false)
	ex2 := &futures.ThreadPoolExecutor{}
	ex2.Shutdown(true, false)
	try(func() { ex2.SubmitFunc(func() { fmt.Println() }) })
}
