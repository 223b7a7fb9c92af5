package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func safeDiv(a, b int) float64 {
	if b == 0 {
		panic("ZeroDivisionError: division by zero")
	}
	return float64(a) / float64(b)
}

func main() {
	multiprocessing.Main(safeDiv)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for _, b := range []int{2, 0, 4} {
		fs = append(fs, ex.Submit(safeDiv, 10, b))
	}
	for _, f := range fs {
		if e := f.ExceptionTimeout(20 * time.Second); e != nil {
			fmt.Println(e)
		} else {
			r, _ := f.Result()
			fmt.Printf("%.1f\n", r)
		}
	}
	ex.Shutdown(true, false)
}
