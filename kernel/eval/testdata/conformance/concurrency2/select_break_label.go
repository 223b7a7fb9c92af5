package main

import "fmt"

func main() {
	ch := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 4; i++ {
			ch <- i
		}
		quit <- true
	}()
	n := 0
loop:
	for {
		select {
		case v := <-ch:
			if v == 2 {
				fmt.Println("skip 2")
				continue loop
			}
			n += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum", n)
	c := make(chan int, 1)
	c <- 1
	select {
	case v := <-c:
		if v == 1 {
			fmt.Println("breaking out of select")
			break
		}
		fmt.Println("not printed")
	}
	fmt.Println("after select")
}
