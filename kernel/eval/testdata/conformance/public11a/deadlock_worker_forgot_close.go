package main

import "fmt"

func main() {
	jobs := make(chan int)
	results := make(chan int)
	go func() {
		for j := range jobs {
			results <- j * 2
		}
		close(results)
	}()
	go func() {
		for i := 1; i <= 3; i++ {
			jobs <- i
		}
		// forgot close(jobs)
	}()
	sum := 0
	for r := range results {
		sum += r
		fmt.Println("got", r)
	}
	fmt.Println("sum", sum)
}
