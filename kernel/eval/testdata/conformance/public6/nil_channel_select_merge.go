package main

import "fmt"

func source(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		for _, v := range vals {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

// merge reads both channels until both are closed, disabling each
// closed one by setting it to nil.
func merge(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				out = append(out, -1)
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				out = append(out, -2)
				continue
			}
			out = append(out, v*100)
		}
	}
	return out
}

func main() {
	got := merge(source(1, 2, 3), source(4, 5))
	sumA, sumB, marks := 0, 0, 0
	for _, v := range got {
		switch {
		case v < 0:
			marks += v
		case v >= 100:
			sumB += v
		default:
			sumA += v
		}
	}
	fmt.Println(len(got), sumA, sumB, marks)

	// a nil channel is never ready; default runs
	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("impossible")
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel blocks")
	}

	// toggling a send case on and off
	queue := []string{"a", "b", "c"}
	out := make(chan string)
	done := make(chan bool)
	go func() {
		for s := range out {
			fmt.Print(s, " ")
		}
		done <- true
	}()
	for len(queue) > 0 {
		var send chan string
		var next string
		if len(queue) > 0 {
			send = out
			next = queue[0]
		}
		select {
		case send <- next:
			queue = queue[1:]
		}
	}
	close(out)
	<-done
	fmt.Println()

	// closed channel: receives zero values immediately, ok false
	c := make(chan struct{ X int }, 2)
	c <- struct{ X int }{7}
	close(c)
	v1, ok1 := <-c
	v2, ok2 := <-c
	fmt.Println(v1, ok1, v2, ok2, len(c), cap(c))
	defer func() { fmt.Println("recovered:", recover()) }()
	close(c)
}
