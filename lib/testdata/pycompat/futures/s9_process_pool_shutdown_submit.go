package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func ident(x string) string {
	return x
}

func main() {
	multiprocessing.Main(ident)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 1}
	r, _ := ex.Submit(ident, "a").Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		ex.Submit(ident, "b")
	}()
}
