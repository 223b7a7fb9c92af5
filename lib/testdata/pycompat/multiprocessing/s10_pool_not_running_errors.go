package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func f(x int) int {
	return x
}

func try(call func() error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	if err := call(); err != nil {
		fmt.Println(err)
	}
}

func main() {
	multiprocessing.Main(f)
	pool := multiprocessing.NewPool(1)
	rs, _ := pool.Map(f, []int{1, 2})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	pool.Close()
	try(func() error { _, err := pool.Map(f, []int{1}); return err })
	try(func() error { _, err := pool.ApplyAsync(f, 1).Get(); return err })
	try(func() error { _, err := pool.Apply(f, 1); return err })
	pool.Join()
	p2 := multiprocessing.NewPool(1)
	p2.Terminate()
	try(func() error { _, err := p2.Map(f, []int{1}); return err })
}
