package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type Animal interface{ Sound() string }
type Dog struct{}

func (Dog) Sound() string { return "woof" }

type Cat struct{ name string }

func (c *Cat) Sound() string { return c.name + " meows" }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-14s ok\n", name)
			return
		}
		var re runtime.Error
		isRT := false
		if err, ok := r.(error); ok {
			isRT = errors.As(err, &re)
		}
		fmt.Printf("%-14s runtime=%-5t %v\n", name, isRT, r)
	}()
	f()
}

func main() {
	var arr []int
	var m map[string]int
	var a Animal
	var cat *Cat
	idx := 5
	zero := 0
	try("index", func() { _ = arr[idx] })
	try("slice", func() { s := []int{1, 2, 3}; _ = s[2:idx] })
	try("slice3", func() { s := make([]int, 2, 4); _ = s[1:3:idx] })
	try("nil map write", func() { m["x"] = 1 })
	try("nil map read", func() { _ = m["x"] })
	try("divide", func() { _ = 10 / zero })
	try("nil iface", func() { a.Sound() })
	try("nil ptr method", func() { a = cat; a.Sound() })
	try("assert", func() { var x any = "s"; _ = x.(int) })
	try("assert iface", func() { var x any = Dog{}; _ = x.(fmt.Stringer) })
	try("assert named", func() { a = Dog{}; _ = a.(*Cat) })
	try("custom error", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	try("custom value", func() { panic(struct{ Code int }{42}) })
	try("string conv", func() { s := "héllo"; _ = s[idx+10] })
	try("array ptr", func() { var p *[3]int; _ = p[1] })
	try("closed chan", func() { c := make(chan int); close(c); close(c) })
	try("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("negative make", func() { n := -1; _ = make([]int, n) })
	try("repanic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	})
	try("goexit-free", func() {
		defer func() { fmt.Println("  deferred runs before recover") }()
		var s []string
		_ = strings.Join(s, "")
		panic(errors.New("plain"))
	})
}
