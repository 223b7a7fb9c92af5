package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func add(a, b int) int {
	return a + b
}

func fail() int {
	panic("ValueError: nope")
}

func main() {
	multiprocessing.Main(add, fail)
	pool := multiprocessing.NewPool(2)
	r := pool.ApplyAsync(add, 2, 3)
	v, _ := r.GetTimeout(10 * time.Second)
	fmt.Println(v)
	fmt.Println(pyBool(r.Ready()), pyBool(r.Successful()))
	s, _ := pool.Apply(add, 10, 20)
	fmt.Println(s)
	e := pool.ApplyAsync(fail)
	if _, err := e.Get(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(pyBool(e.Successful()))
	pool.Terminate()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
