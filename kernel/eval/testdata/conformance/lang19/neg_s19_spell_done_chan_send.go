package main

import "fmt"

func main() {
	done := make(chan struct{}, 1)
	done <- 1
	fmt.Println(len(done))
}
