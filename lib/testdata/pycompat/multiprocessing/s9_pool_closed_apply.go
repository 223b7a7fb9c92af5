package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func f(x int) int {
	return x
}

func main() {
	multiprocessing.Main(f)
	pool := multiprocessing.NewPool(1)
	v, _ := pool.Apply(f, 1)
	fmt.Println(v)
	pool.Close()
	if _, err := pool.Apply(f, 2); err != nil {
		fmt.Println(err)
	}
	pool.Join()
	fmt.Println("joined")
}
