package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			r := recover()
			fmt.Println("recovered", r)
			panic(fmt.Sprint("re-panic: ", r))
		}()
		panic("first")
	}()
	wg.Wait()
	select {}
}
