package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make([]string, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = fmt.Sprint("worker-", i)
		}()
	}
	wg.Wait()
	fmt.Println(out)
	fmt.Println("server running forever")
	select {}
}
