package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func slow_square(x int) int {
	time.Sleep(500 * time.Millisecond)
	return x * x
}

func main() {
	multiprocessing.Main(slow_square)
	pool := multiprocessing.NewPool(1)
	it := pool.Imap(slow_square, []int{4, 5})
	if _, err := it.NextTimeout(10 * time.Millisecond); err == multiprocessing.ErrTimeout {
		fmt.Println("TimeoutError")
	}
	it.NextTimeout(10 * time.Second)
	a := it.Value()
	it.NextTimeout(10 * time.Second)
	fmt.Println(a, it.Value())
	if ok, err := it.NextTimeout(time.Second); !ok && err == nil {
		fmt.Println("StopIteration")
	}
	pool.Terminate()
}
