package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("deferred in main: never runs")
	go func() {
		defer fmt.Println("deferred in goroutine: runs")
		panic("boom")
	}()
	time.Sleep(2 * time.Second)
	fmt.Println("unreachable")
}
