package main

import "fmt"

func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func main() {
	c := make(chan int, 5)
	for i := 0; i < 5; i++ {
		c <- i * 11
	}
	close(c)
	done := make(chan struct{})
	for v := range orDone(done, c) {
		fmt.Println(v)
	}
	infinite := make(chan int)
	go func() {
		for i := 0; ; i++ {
			infinite <- i
		}
	}()
	d2 := make(chan struct{})
	o := orDone(d2, infinite)
	fmt.Println(<-o, <-o)
	close(d2)
	for range o {
	}
	fmt.Println("stopped")
}
