package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func double(x int) int { return 2 * x }

func try(name string, f func() error) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(name, e)
		}
	}()
	if err := f(); err != nil {
		fmt.Println(name, err)
	}
}

func main() {
	multiprocessing.Main(double)
	pool := multiprocessing.NewPool(2)
	r, _ := pool.Map(double, []int{1, 2, 3})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(r), " ", ", "))
	pool.Terminate()
	try("map", func() error { _, err := pool.Map(double, []int{1}); return err })
	try("apply", func() error { _, err := pool.Apply(double, 1); return err })
	try("apply_async", func() error { _, err := pool.ApplyAsync(double, 1).Get(); return err })
	p2 := multiprocessing.NewPool(1)
	p2.Close()
	try("closed:", func() error {
		_, err := p2.Map(double, []int{1})
		if err != nil {
			return fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "ValueError: "))
		}
		return nil
	})
	p2.Join()
}
