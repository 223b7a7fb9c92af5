package main

import "fmt"

func main() {
	tasks := make(chan func() string, 3)
	for i := 0; i < 3; i++ {
		tasks <- func() string { return fmt.Sprint("task ", i) }
	}
	close(tasks)
	results := make(chan string)
	go func() {
		for t := range tasks {
			results <- t()
		}
		close(results)
	}()
	for r := range results {
		fmt.Println(r)
	}
}
