package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func initWorker() {
	panic("ValueError: no config")
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, Initializer: initWorker}
	f := ex.Submit(func() any { return "never" })
	name, msg, _ := strings.Cut(f.Exception().Error(), ": ")
	fmt.Println(name, msg)
	func() {
		defer func() {
			if e := recover(); e != nil {
				name, msg, _ := strings.Cut(fmt.Sprint(e), ": ")
				fmt.Println("submit:", name, msg)
			}
		}()
		ex.Submit(func() any { return 1 })
	}()
	ex.Shutdown(true, false)
	fmt.Println("done")
}
