package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func slow(x int) int {
	time.Sleep(30 * time.Second)
	return x
}

func main() {
	multiprocessing.Main(slow)
	pool := multiprocessing.NewPool(2)
	r := pool.MapAsync(slow, []int{1, 2})
	fmt.Println(pyBool(r.Ready()))
	pool.Terminate()
	pool.Join()
	fmt.Println("terminated", pyBool(r.Ready()))
	if _, err := pool.ApplyAsync(slow, 1).Get(); err != nil {
		fmt.Println(err)
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
