package main

import "fmt"

func main() {
	jobs := make(chan int, 5)
	done := make(chan bool)
	var got []int
	go func() {
		for {
			j, more := <-jobs
			if more {
				got = append(got, j)
			} else {
				done <- true
				return
			}
		}
	}()
	for j := 1; j <= 3; j++ {
		jobs <- j
	}
	close(jobs)
	<-done
	fmt.Println("received", got)
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
