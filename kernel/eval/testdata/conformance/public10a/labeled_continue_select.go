package main

import "fmt"

func main() {
	jobs := make(chan int, 10)
	for i := 1; i <= 8; i++ {
		jobs <- i
	}
	close(jobs)
	quit := make(chan bool)
	var got []int
loop:
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				break loop
			}
			if j%3 == 0 {
				continue loop
			}
			got = append(got, j)
		case <-quit:
			break loop
		}
	}
	fmt.Println(got)

rows:
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			if c > r {
				continue rows
			}
			fmt.Print(r, c, " ")
		}
	}
	fmt.Println()
}
