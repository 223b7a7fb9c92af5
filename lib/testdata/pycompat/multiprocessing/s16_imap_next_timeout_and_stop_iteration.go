package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func slowAtOne(x int) int {
	if x == 1 {
		time.Sleep(2 * time.Second)
	}
	return x * 100
}

func main() {
	multiprocessing.Main(slowAtOne)
	pool := multiprocessing.NewPool(2)
	it := pool.Imap(slowAtOne, []int{0, 1, 2})
	if ok, _ := it.NextTimeout(30 * time.Second); ok {
		fmt.Println(it.Value())
	}
	if _, err := it.NextTimeout(200 * time.Millisecond); errors.Is(err, multiprocessing.ErrTimeout) {
		fmt.Println("TimeoutError", "''")
	}
	it.NextTimeout(30 * time.Second)
	a := it.Value()
	it.NextTimeout(30 * time.Second)
	b := it.Value()
	fmt.Println(a, b)
	if ok, err := it.NextTimeout(30 * time.Second); !ok && err == nil {
		fmt.Println("StopIteration")
	}
	pool.Terminate()
}
