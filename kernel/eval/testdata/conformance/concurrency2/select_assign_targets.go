package main

import "fmt"

type S struct{ v int }

func main() {
	src := make(chan int, 5)
	dst := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		src <- i * 10
	}
	select {
	case dst <- <-src:
	}
	fmt.Println(<-dst, len(src))
	arr := make([]int, 3)
	m := map[string]int{}
	var s S
	var p = &S{}
	var ok bool
	select {
	case arr[1] = <-src:
	}
	select {
	case m["k"] = <-src:
	}
	select {
	case s.v, ok = <-src:
	}
	select {
	case p.v = <-src:
	}
	fmt.Println(arr, m, s, ok, *p)
	close(src)
	x := 7
	select {
	case x, ok = <-src:
	}
	fmt.Println(x, ok)
}
