package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("goroutine defer runs")
		panic(errors.New("disk full"))
	}()
	wg.Wait()
	select {}
}
