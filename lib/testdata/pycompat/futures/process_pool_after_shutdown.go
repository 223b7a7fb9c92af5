package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func double(x int) int {
	return 2 * x
}

func main() {
	multiprocessing.Main(double)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(double, 21)
	ex.Shutdown(true, false)
	r, _ := f.Result()
	fmt.Println(r, pyBool(f.Done()))
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		ex.Submit(double, 1)
	}()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
