package main

import "fmt"

// A select statement evaluates every channel operand and every value to
// send once, in source order, before it chooses a case: the variables a
// later case's call changes were already read.

type queue struct {
	out  chan string
	next string
}

func (q *queue) swap(c chan string, v string) chan string {
	q.out = c
	q.next = v
	return nil
}

func main() {
	q := &queue{out: make(chan string, 1), next: "first"}
	out, next := q.out, q.next
	var idle chan string
	for i := 0; i < 3; i++ {
		select {
		case out <- next:
			fmt.Println("sent", <-out)
		case idle <- fmt.Sprint(q.swap(make(chan string, 1), fmt.Sprint("item", i))):
			fmt.Println("never")
		}
		out, next = q.out, q.next
	}

	ready := make(chan int, 1)
	ready <- 7
	var nilch chan int
	stop := func() int { ready = nil; return 0 }
	select {
	case v, ok := <-ready:
		fmt.Println("received", v, ok)
	case nilch <- stop():
		fmt.Println("never")
	}
	fmt.Println(ready == nil)

	total := 0
	done := make(chan bool, 1)
	done <- true
	bump := func() int { total = 100; done = nil; return total }
	select {
	case <-done:
		fmt.Println("done before bump:", total)
	case nilch <- bump():
	}

	// Variables of the enclosing function, in a goroutine's func literal.
	in := make(chan int)
	quit := make(chan bool)
	stopped := func() chan bool { return quit }
	go func() {
		for i := 1; ; i++ {
			select {
			case in <- i * i:
			case in <- -i:
			case <-stopped():
				close(in)
				return
			}
		}
	}()
	a, b := <-in, <-in
	fmt.Println(a == 1 || a == -1, b == 4 || b == -2)
	close(quit)
	for range in {
	}
	fmt.Println("stopped")
}
