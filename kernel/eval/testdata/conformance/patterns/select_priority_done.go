package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	high := make(chan int, 10)
	low := make(chan int, 10)
	for i := 0; i < 3; i++ {
		high <- i
		low <- 100 + i
	}
	var order []int
	for len(high)+len(low) > 0 {
		select {
		case v := <-high:
			order = append(order, v)
			continue
		default:
		}
		select {
		case v := <-high:
			order = append(order, v)
		case v := <-low:
			order = append(order, v)
		}
	}
	fmt.Println(order)
	done := make(chan struct{})
	var wg sync.WaitGroup
	counts := make([]int, 3)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
					if counts[w] < 5 {
						counts[w]++
					} else {
						time.Sleep(time.Millisecond)
					}
				}
			}
		}()
	}
	time.Sleep(20 * time.Millisecond)
	close(done)
	wg.Wait()
	fmt.Println(counts)
	timeout := time.After(time.Second)
	ready := make(chan string, 1)
	ready <- "fast"
	select {
	case s := <-ready:
		fmt.Println(s)
	case <-timeout:
		fmt.Println("timeout")
	}
}
