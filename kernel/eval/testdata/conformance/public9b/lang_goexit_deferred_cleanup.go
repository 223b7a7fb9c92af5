package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	log := make(chan string, 10)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { log <- "deferred ran, recover=" + fmt.Sprint(recover()) }()
		func() {
			defer func() { log <- "inner defer" }()
			runtime.Goexit()
		}()
		log <- "never"
	}()
	wg.Wait()
	close(log)
	for l := range log {
		fmt.Println(l)
	}
	res := make(chan int)
	go func() {
		defer close(res)
		for i := 0; ; i++ {
			if i == 3 {
				runtime.Goexit()
			}
			res <- i
		}
	}()
	for v := range res {
		fmt.Print(v, " ")
	}
	fmt.Println("closed by deferred close")
}
