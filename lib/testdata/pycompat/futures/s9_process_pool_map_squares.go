package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func cube(x int) int {
	return x * x * x
}

func main() {
	multiprocessing.Main(cube)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	rs, _ := ex.Map(cube, []int{1, 2, 3, 4, 5})
	fmt.Printf("[%v, %v, %v, %v, %v]\n", rs...)
	r, _ := ex.Submit(cube, 10).Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
}
