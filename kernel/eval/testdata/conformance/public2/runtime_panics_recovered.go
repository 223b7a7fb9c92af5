package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime error: %v\n", name, err)
			return
		}
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error: %v %v\n", name, err, errors.Is(err, errors.ErrUnsupported))
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

type T struct{ name string }

func (t *T) Name() string { return t.name }

func main() {
	var zero int
	try("div", func() { fmt.Println(10 / zero) })
	try("nilptr", func() {
		var t *T
		fmt.Println(t.Name())
	})
	try("slice", func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[1:i])
	})
	try("closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("send", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("cmp", func() {
		var a, b any = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try("assert", func() {
		var a any = 3
		_ = a.(string)
	})
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", errors.ErrUnsupported)) })
	try("value", func() { panic(42) })
	try("conv", func() {
		s := make([]int, 2)
		_ = [4]int(s)
	})
	try("mapnil", func() {
		var m map[[2]int]bool
		m[[2]int{1, 2}] = true
	})
	try("neg", func() {
		n := -1
		_ = make([]int, n)
	})
}
