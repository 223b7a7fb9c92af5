package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func mul(a, b int) int {
	return a * b
}

func main() {
	multiprocessing.Main(mul)
	pool := multiprocessing.NewPool(2)
	rs, _ := pool.Starmap(mul, [][]any{{1, 2}, {3, 4}, {5, 6}})
	fmt.Printf("[%v, %v, %v]\n", rs...)
	empty, _ := pool.Starmap(mul, [][]any{})
	if len(empty) == 0 {
		fmt.Println("[]")
	}
	pool.Terminate()
}
