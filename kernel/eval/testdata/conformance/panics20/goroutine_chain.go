package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { panic("in goroutine, second") }()
		panic("in goroutine, first")
	}()
	select {}
	fmt.Println("not reached", <-done)
}
