package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func check(x int) int {
	if x == 2 {
		panic("KeyError: 'two'")
	}
	return x
}

func main() {
	multiprocessing.Main(check)
	pool := multiprocessing.NewPool(2)
	if _, err := pool.Map(check, []int{0, 1, 2, 3}); err != nil {
		fmt.Println(err)
	}
	rs, _ := pool.Map(check, []int{0, 1})
	fmt.Printf("[%v, %v]\n", rs...)
	pool.Terminate()
}
