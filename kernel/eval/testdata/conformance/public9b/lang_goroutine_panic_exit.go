package main

import (
	"fmt"
	"os"
)

type job struct{ id int }

func (j job) run(results chan<- string) {
	if j.id == 3 {
		panic(fmt.Sprintf("job %d exploded", j.id))
	}
	results <- fmt.Sprint("job ", j.id, " ok")
}

func main() {
	results := make(chan string)
	done := make(chan struct{})
	go func() {
		for i := 1; i <= 2; i++ {
			job{i}.run(results)
		}
		close(done)
	}()
	for range 2 {
		fmt.Println(<-results)
	}
	<-done
	fmt.Fprintln(os.Stderr, "about to fail")
	job{3}.run(results)
	fmt.Println("unreachable")
}
