package main

import "fmt"

func kind(x any) string {
	switch x.(type) {
	case <-chan int:
		return "recv-only"
	case chan<- int:
		return "send-only"
	case chan int:
		return "both"
	}
	return "other"
}

func main() {
	c := make(chan int)
	fmt.Println(kind(c), kind((<-chan int)(c)), kind((chan<- int)(c)), kind(make(chan string)))
	var r <-chan int = c
	var a any = r
	v, ok := a.(chan int)
	fmt.Println(v == nil, ok)
}
