package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	sent, dropped := 0, 0
	for i := 0; i < 5; i++ {
		select {
		case ch <- i:
			sent++
		default:
			dropped++
		}
	}
	fmt.Println("sent", sent, "dropped", dropped)
	for {
		select {
		case v := <-ch:
			fmt.Println("drained", v)
			continue
		default:
		}
		break
	}
	fmt.Println("empty", len(ch))
}
