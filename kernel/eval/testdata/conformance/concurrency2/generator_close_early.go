package main

import "fmt"

func naturals(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	ns := naturals(done)
	for v := range ns {
		if v > 6 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	close(done)
	for range ns {
	}
	fmt.Println("generator stopped")
}
