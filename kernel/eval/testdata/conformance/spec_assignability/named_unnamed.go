package main

import "fmt"

type IntSlice []int
type StrMap map[string]int
type Fn func() string

func total(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func keys(m map[string]int) int { return len(m) }

func call(f func() string) string { return f() }

func main() {
	var is IntSlice = []int{1, 2, 3}
	var raw []int = is
	fmt.Println(total(is), total(raw))
	var sm StrMap = map[string]int{"a": 1}
	fmt.Println(keys(sm))
	var f Fn = func() string { return "fn" }
	fmt.Println(call(f))
	var ch chan int = make(chan int, 1)
	var send chan<- int = ch
	send <- 4
	fmt.Println(<-ch)
	fmt.Printf("%T %T %T\n", is, raw, sm)
}
