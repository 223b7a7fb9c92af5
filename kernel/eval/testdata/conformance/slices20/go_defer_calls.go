package main

import "fmt"

func apply(f func()) { f() }

func show(name string, xs []int) { fmt.Println(name, len(xs), cap(xs)) }

func showDone(name string, xs []int, done chan bool) {
	fmt.Println(name, len(xs), cap(xs))
	done <- true
}

// The arguments of a go statement's call, and of a defer's in a loop,
// escape (the goroutine or the defer record holds them), whatever the
// func does with them; those of a defer outside loops do not.
func main() {
	for i := 0; i < 2; i++ {
		var a []int
		a = append(a, i)
		defer apply(func() { fmt.Println("a", len(a), cap(a)) })
	}
	done := make(chan bool)
	var b []int
	b = append(b, 1)
	p := func() {
		fmt.Println("b", len(b), cap(b))
		done <- true
	}
	go apply(p)
	<-done
	for i := 0; i < 2; i++ {
		var c []int
		c = append(c, 1)
		defer show("c", c)
	}
	var d []int
	d = append(d, 1)
	go showDone("d", d, done)
	<-done
	var e []int
	e = append(e, 1)
	defer show("e", e)
	var f []int
	f = append(f, 1)
	defer apply(func() { fmt.Println("f", len(f), cap(f)) })
}
