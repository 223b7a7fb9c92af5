package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func check(x int) int {
	if x < 0 {
		panic(fmt.Sprintf("negative: %d", x))
	}
	return x
}

func main() {
	multiprocessing.Main(check)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 1}
	ok := ex.Submit(check, 4)
	bad := ex.Submit(check, -2)
	r, _ := ok.Result()
	fmt.Println(r, "None")
	fmt.Println(bad.Exception())
	if _, err := bad.Result(); err != nil {
		fmt.Println("ValueError:", err)
	}
	ex.Shutdown(true, false)
}
