package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 7
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch, len(ch), cap(ch))
	for x := range ch {
		fmt.Println("never", x)
	}
	done := make(chan struct{})
	close(done)
	select {
	case <-done:
		fmt.Println("closed channel is always ready")
	default:
		fmt.Println("default")
	}
	sc := make(chan string)
	close(sc)
	s, ok := <-sc
	fmt.Printf("%q %v\n", s, ok)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ch <- 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(ch)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var n chan int
		close(n)
	}()
}
