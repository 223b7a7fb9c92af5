package main

import "fmt"

func main() {
	jobs := make(chan int, 3)
	go func() {
		for i := 1; i <= 3; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	sum := 0
	for j := range jobs {
		sum += j
	}
	fmt.Println("sum", sum)
	var nilc chan int
	func() {
		defer func() { fmt.Println("close nil:", recover()) }()
		close(nilc)
	}()
	jobs <- 4
}
