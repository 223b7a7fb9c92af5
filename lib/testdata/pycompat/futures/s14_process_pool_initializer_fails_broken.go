package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func initw() {
	panic("RuntimeError: init failed")
}

func double(x int) int {
	return 2 * x
}

func main() {
	multiprocessing.Main(initw, double)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 1, Initializer: initw}
	f := ex.Submit(double, 1)
	if r, err := f.ResultTimeout(20 * time.Second); err != nil {
		fmt.Println(err)
	} else {
		fmt.Println(r)
	}
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println("submit", e)
			}
		}()
		ex.Submit(double, 2)
	}()
	ex.Shutdown(true, false)
}
