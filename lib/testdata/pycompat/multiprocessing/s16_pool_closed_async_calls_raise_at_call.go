package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x int) int { return x * x }

func add(a, b int) int { return a + b }

func try(name string, call func() error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "raised", repr(r.(error)))
		}
	}()
	if err := call(); err != nil {
		fmt.Println(name, "raised", repr(err))
		return
	}
	fmt.Println(name, "no error at the call")
}

func repr(err error) string {
	kind, msg, _ := strings.Cut(err.Error(), ": ")
	return kind + "('" + msg + "')"
}

func main() {
	multiprocessing.Main(square, add)
	pool := multiprocessing.NewPool(1)
	v, _ := pool.ApplyAsync(square, 3).Get()
	fmt.Println(v)
	pool.Close()
	try("apply_async", func() error { pool.ApplyAsync(square, 2); return nil })
	try("map_async", func() error { pool.MapAsync(square, []int{1, 2}); return nil })
	try("starmap_async", func() error { pool.StarmapAsync(add, [][]int{{1, 2}}); return nil })
	try("imap", func() error { pool.Imap(square, []int{1}); return nil })
	try("imap_unordered", func() error { pool.ImapUnordered(square, []int{1}); return nil })
	try("apply", func() error { _, err := pool.Apply(square, 2); return err })
	try("starmap", func() error { _, err := pool.Starmap(add, [][]int{{1, 2}}); return err })
	pool.Join()
	t := multiprocessing.NewPool(1)
	t.Terminate()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("terminated:", strings.TrimPrefix(fmt.Sprint(r), "ValueError: "))
			}
		}()
		t.ApplyAsync(square, 2)
	}()
}
