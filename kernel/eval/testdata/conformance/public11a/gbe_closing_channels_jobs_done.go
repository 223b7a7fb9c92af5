package main

import "fmt"

func main() {
	jobs := make(chan int, 5)
	done := make(chan bool)
	var received []int
	go func() {
		for {
			j, more := <-jobs
			if more {
				received = append(received, j)
			} else {
				fmt.Println("received all jobs", received)
				done <- true
				return
			}
		}
	}()
	for j := 1; j <= 3; j++ {
		jobs <- j
		fmt.Println("sent job", j)
	}
	close(jobs)
	fmt.Println("sent all jobs")
	<-done
	_, ok := <-jobs
	fmt.Println("received more jobs:", ok)
	queue := make(chan string, 2)
	queue <- "one"
	queue <- "two"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}
}
