package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	close(ch)
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
	v, ok = <-ch
	fmt.Printf("%q %v\n", v, ok)
	for range 2 {
		fmt.Printf("%q\n", <-ch)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fmt.Println("worker")
	}()
	<-done
	_, open := <-done
	fmt.Println(open)
}
