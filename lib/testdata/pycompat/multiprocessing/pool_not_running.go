package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func ident(x int) int {
	return x
}

func main() {
	multiprocessing.Main(ident)
	pool := multiprocessing.NewPool(1)
	rs, _ := pool.Map(ident, []int{1, 2})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	pool.Terminate()
	show := func(name string, call func() error) {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(name, e)
			}
		}()
		if err := call(); err != nil {
			fmt.Println(name, err)
		}
	}
	show("map", func() error { _, err := pool.Map(ident, []int{1}); return err })
	show("apply_async", func() error { _, err := pool.ApplyAsync(ident, 1).Get(); return err })
	show("imap", func() error { it := pool.Imap(ident, []int{1}); it.Next(); return it.Err() })
	pool.Join()
	fmt.Println("joined")
}
