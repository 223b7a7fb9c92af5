package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		ex := &futures.ThreadPoolExecutor{MaxWorkers: futures.ZeroWorkers}
		r, _ := ex.Submit(func() any { return "ran" }).Result()
		fmt.Println(r)
		ex.Shutdown(true, false)
	}()
}
