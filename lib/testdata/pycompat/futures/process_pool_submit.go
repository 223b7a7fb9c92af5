package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x int) int {
	return x * x
}

func main() {
	multiprocessing.Main(square)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for i := 0; i < 6; i++ {
		fs = append(fs, ex.Submit(square, i))
	}
	fmt.Print("[")
	all := true
	for i, f := range fs {
		r, _ := f.Result()
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Print(r)
	}
	for _, f := range fs {
		all = all && f.Done()
	}
	fmt.Println("]")
	fmt.Println(pyBool(all))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
