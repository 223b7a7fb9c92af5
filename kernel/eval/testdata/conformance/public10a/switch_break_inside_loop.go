package main

import "fmt"

func main() {
	// break in a switch leaves the switch, not the loop.
	for i := 0; i < 4; i++ {
		switch i {
		case 1:
			break
		case 2:
			fmt.Println("two")
			continue
		}
		fmt.Println("after switch", i)
	}
outer:
	for i := 0; i < 4; i++ {
		switch {
		case i == 2:
			break outer
		}
		fmt.Println("loop", i)
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	n := 0
	for {
		select {
		case v := <-ch:
			n += v
			if v == 2 {
				break // leaves only the select
			}
			continue
		default:
		}
		if len(ch) == 0 {
			break
		}
	}
	fmt.Println("sum", n)
}
