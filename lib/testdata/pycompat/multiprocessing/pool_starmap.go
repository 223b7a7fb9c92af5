package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func power(base, exp int) int {
	r := 1
	for range exp {
		r *= base
	}
	return r
}

func main() {
	multiprocessing.Main(power)
	pool := multiprocessing.NewPool(2)
	rs, _ := pool.Starmap(power, [][]any{{2, 3}, {3, 2}, {10, 0}, {5, 1}})
	pool.Terminate()
	fmt.Printf("[%v, %v, %v, %v]\n", rs...)
}
