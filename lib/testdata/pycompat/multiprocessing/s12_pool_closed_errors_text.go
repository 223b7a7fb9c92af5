package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func one(x int) int { return 1 }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, strings.Replace(fmt.Sprint(r), ":", "", 1))
		}
	}()
	f()
}

func main() {
	multiprocessing.Main(one)
	pool := multiprocessing.NewPool(2)
	pool.Close()
	try("apply_async", func() {
		pool.ApplyAsync(one, 1)
	})
	try("map", func() {
		if _, err := pool.Map(one, []int{1}); err != nil {
			fmt.Println("map", strings.Replace(fmt.Sprint(err), ":", "", 1))
		}
	})
	try("imap", func() {
		pool.Imap(one, []int{1})
	})
	pool.Join()
	fmt.Println("joined")
}
