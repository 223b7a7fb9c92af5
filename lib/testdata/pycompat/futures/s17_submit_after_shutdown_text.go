package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func try(g func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	g()
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	f := ex.Submit(func() any { return 1 << 10 })
	ex.Shutdown(true, false)
	r, _ := f.Result()
	fmt.Println(r)
	try(func() { ex.Submit(func() any { return 8 }) })
	ex.Shutdown(true, false)
	fmt.Println("second shutdown ok")
	ex2 := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	ex2.Shutdown(true, false)
	try(func() { ex2.Map(func(x any) any { return x }, []any{1}) })
}
