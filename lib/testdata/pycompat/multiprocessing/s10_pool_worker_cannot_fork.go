package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func leaf() {}

func task(x int) int {
	p := &multiprocessing.Process{Target: leaf}
	p.Start()
	p.Join()
	return x
}

func nested(x int) any {
	inner := multiprocessing.NewPool(1)
	defer inner.Terminate()
	r, err := inner.Apply(leaf)
	if err != nil {
		panic(err)
	}
	return r
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	multiprocessing.Main(leaf, task, nested, abs)
	pool := multiprocessing.NewPool(1)
	if _, err := pool.Apply(task, 1); err != nil {
		fmt.Println(err)
	}
	if _, err := pool.Apply(nested, 1); err != nil {
		fmt.Println(err)
	}
	r, _ := pool.Apply(abs, -3)
	fmt.Println(r)
	pool.Terminate()
}
