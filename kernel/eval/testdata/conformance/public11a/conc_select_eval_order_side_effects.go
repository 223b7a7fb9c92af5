package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "val "+name)
	return v
}

func main() {
	a := make(chan int, 1)
	b := make(chan int) // no receiver: never ready
	var nilc chan int
	a <- 1
	select {
	case v := <-ch("a", a):
		trace = append(trace, fmt.Sprint("recv a ", v))
	case ch("b", b) <- val("b", 2):
		trace = append(trace, "sent b")
	case ch("nil", nilc) <- val("nil", 3):
		trace = append(trace, "sent nil")
	}
	for _, t := range trace {
		fmt.Println(t)
	}
	fmt.Println(len(a), len(b))
	trace = nil
	arr := []chan int{make(chan int, 1), make(chan int, 1)}
	i := 0
	next := func() int { i++; return i - 1 }
	select {
	case arr[next()] <- next() * 10:
	}
	fmt.Println(i, len(arr[0]), len(arr[1]), <-arr[0])
	m := map[string]int{}
	c := make(chan int, 1)
	c <- 42
	select {
	case m["k"] = <-c:
	}
	fmt.Println(m)
	var s struct {
		v  int
		ok bool
	}
	close(c)
	select {
	case s.v, s.ok = <-c:
	}
	fmt.Println(s)
}
