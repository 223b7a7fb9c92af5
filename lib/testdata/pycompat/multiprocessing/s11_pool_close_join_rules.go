package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func inc(x int) int {
	return x + 1
}

func main() {
	multiprocessing.Main(inc)
	pool := multiprocessing.NewPool(2)
	try(pool.Join)
	r := pool.MapAsync(inc, []int{0, 1, 2, 3, 4})
	pool.Close()
	if _, err := pool.Apply(inc, 1); err != nil {
		fmt.Println(err)
	}
	pool.Join()
	v, _ := r.Get()
	fmt.Println(pyList(v))
	pool.Terminate()
	fmt.Println("terminated")
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
