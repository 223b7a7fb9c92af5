package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	pool := multiprocessing.NewPool(1)
	try(func() { pool.Join() })
	pool.Terminate()
	pool.Join()
	fmt.Println("done")
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
