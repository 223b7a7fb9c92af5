package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 1; i <= 10; i++ {
			data <- i
		}
		close(quit)
	}()
	sum := 0
	skipped := 0
loop:
	for {
		select {
		case v := <-data:
			if v%4 == 0 {
				skipped++
				continue loop
			}
			if v > 100 {
				break loop
			}
			sum += v
			if v == 7 {
				break
			}
			sum += 0
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum", sum, "skipped", skipped)
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	found := [2]int{-1, -1}
outer:
	for r, row := range grid {
		for c, v := range row {
			switch {
			case v < 0:
				found = [2]int{r, c}
				break outer
			case v%2 == 0:
				continue outer
			}
		}
	}
	fmt.Println("negative at", found)
}
