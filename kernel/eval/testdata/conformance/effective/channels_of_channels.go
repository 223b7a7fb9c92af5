package main

import (
	"fmt"
	"sync"
)

type Job struct {
	n     int
	reply chan string
}

func server(jobs <-chan Job, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		j.reply <- fmt.Sprintf("job %d -> %d", j.n, j.n*j.n)
	}
}

func main() {
	jobs := make(chan Job)
	var wg sync.WaitGroup
	wg.Add(2)
	go server(jobs, &wg)
	go server(jobs, &wg)
	for i := 1; i <= 4; i++ {
		reply := make(chan string)
		jobs <- Job{i, reply}
		fmt.Println(<-reply)
	}
	close(jobs)
	wg.Wait()
	done := make(chan chan int)
	go func() {
		c := <-done
		c <- 99
	}()
	inner := make(chan int)
	done <- inner
	fmt.Println(<-inner)
}
