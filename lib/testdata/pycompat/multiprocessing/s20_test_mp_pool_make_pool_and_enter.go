// After CPython's Lib/test/_test_multiprocessing.py _TestPool.test_make_pool,
// test_enter and test_empty_iterable.
package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func sqr(x int) int { return x * x }

func list(xs []any) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	return s + "]"
}

func main() {
	multiprocessing.Main(sqr)
	for _, n := range []int{-1, multiprocessing.ZeroProcesses} {
		if err := multiprocessing.NewPool(n).Start(); err != nil {
			fmt.Println(err)
		}
	}
	p := multiprocessing.NewPool(3)
	p.Start()
	fmt.Println(p.Processes)
	p.Terminate()
	p.Join()
	pool := multiprocessing.NewPool(1)
	a, _ := pool.Apply(sqr, 4)
	m, _ := pool.Map(sqr, []int{})
	var im, iu []any
	it := pool.Imap(sqr, []int{})
	for it.Next() {
		im = append(im, it.Value())
	}
	it = pool.ImapUnordered(sqr, []int{})
	for it.Next() {
		iu = append(iu, it.Value())
	}
	ma, _ := pool.MapAsync(sqr, []int{}).Get()
	fmt.Println(a, list(m), list(im), list(iu), list(ma.([]any)))
	pool.Terminate()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		if _, err := pool.Apply(sqr, 2); err != nil {
			fmt.Println(err)
		}
	}()
	pool.Join()
}
