package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	f := ex.Submit(func() any { return 1 + 2 + 3 })
	ex.Shutdown(true, false)
	ex.Shutdown(true, false)
	ex.Shutdown(false, false)
	ex.Shutdown(true, true)
	r, _ := f.Result()
	fmt.Println(r, map[bool]string{true: "True", false: "False"}[f.Done()])
	ex2 := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	g := ex2.Submit(func() any { return max(4, 9) })
	ex2.Shutdown(true, false)
	ex2.Shutdown(true, false)
	r, _ = g.Result()
	fmt.Println(r)
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		ex2.Submit(func() any { return min(1, 2) })
	}()
}
