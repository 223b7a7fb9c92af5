package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func check(x int) int {
	if x < 0 {
		panic(fmt.Sprintf("ValueError: negative: %d", x))
	}
	return x
}

func main() {
	multiprocessing.Main(check)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(check, -3)
	fmt.Println(f.Exception())
	r, _ := ex.Submit(check, 3).Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
}
