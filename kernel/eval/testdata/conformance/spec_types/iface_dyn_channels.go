package main

import (
	"fmt"
	"sync"
)

type Code int
type Level string
type Event struct{ N int }

func producer(out chan<- any, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- Code(1)
	out <- Level("warn")
	out <- Event{3}
}

func main() {
	ch := make(chan any, 8)
	ch <- Code(5)
	ch <- 5
	fmt.Printf("%T %T\n", <-ch, <-ch)
	var wg sync.WaitGroup
	wg.Add(1)
	go producer(ch, &wg)
	wg.Wait()
	close(ch)
	for x := range ch {
		switch v := x.(type) {
		case Code:
			fmt.Println("code", int(v))
		case int:
			fmt.Println("int", v)
		case Level:
			fmt.Println("level", string(v))
		case Event:
			fmt.Println("event", v.N)
		}
	}
	sel := make(chan any, 1)
	select {
	case sel <- Level("selected"):
	default:
	}
	got := <-sel
	_, isString := got.(string)
	fmt.Printf("%T %v %v\n", got, got, isString)
	results := make(chan any)
	go func() { results <- Code(9) }()
	r, ok := <-results
	fmt.Printf("%T %v %v\n", r, r, ok)
}
