package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func double(x int) int {
	return 2 * x
}

func try(name string, n, py int, submit func() *futures.Future) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(name, py, e)
		}
	}()
	r, _ := submit().Result()
	fmt.Println(r)
}

func main() {
	multiprocessing.Main(double)
	for _, c := range []struct{ n, py int }{{futures.ZeroWorkers, 0}, {-1, -1}} {
		te := &futures.ThreadPoolExecutor{MaxWorkers: c.n}
		try("ThreadPoolExecutor", c.n, c.py, func() *futures.Future { return te.Submit(func() any { return double(1) }) })
	}
	for _, c := range []struct{ n, py int }{{futures.ZeroWorkers, 0}, {-1, -1}} {
		pe := &futures.ProcessPoolExecutor{MaxWorkers: c.n}
		try("ProcessPoolExecutor", c.n, c.py, func() *futures.Future { return pe.Submit(double, 1) })
	}
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println("max_tasks_per_child=0", e)
			}
		}()
		bad := &futures.ProcessPoolExecutor{MaxWorkers: 1, MaxTasksPerChild: -1}
		bad.Submit(double, 1)
	}()
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 1}
	r, _ := ex.Submit(double, 21).Result()
	fmt.Println("one worker:", r)
	ex.Shutdown(true, false)
}
