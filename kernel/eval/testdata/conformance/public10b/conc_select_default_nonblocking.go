package main

import "fmt"

func trySend(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch <-chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 3)
	for i := 1; i <= 5; i++ {
		fmt.Printf("send %d: %v\n", i, trySend(ch, i*11))
	}
	for i := 0; i < 4; i++ {
		v, ok := tryRecv(ch)
		fmt.Printf("recv: %d %v\n", v, ok)
	}
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	case nilch <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels never ready")
	}
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed ready:", v, ok)
	default:
		fmt.Println("not ready")
	}
	counts := [2]int{}
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- i
	}
	for i := 0; i < 100; i++ {
		select {
		case <-a:
			counts[0]++
		case <-b:
			counts[1]++
		}
	}
	fmt.Println("total picks:", counts[0]+counts[1], "left:", len(a)+len(b))
}
