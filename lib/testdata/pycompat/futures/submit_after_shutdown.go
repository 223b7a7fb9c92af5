package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	ex.Shutdown(true, false)
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		ex.SubmitFunc(func() { fmt.Println("x") })
	}()
}
