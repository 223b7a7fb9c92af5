package main

import (
	"fmt"
	"sort"
	"sync"
)

// Panics recovered inside WaitGroup.Go functions do not end the program;
// main's output around them is all printed.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var msgs []string
	for i := range 4 {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					mu.Lock()
					msgs = append(msgs, fmt.Sprint("recovered ", r))
					mu.Unlock()
				}
			}()
			if i%2 == 1 {
				panic(fmt.Sprintf("job %d", i))
			}
			mu.Lock()
			msgs = append(msgs, fmt.Sprint("job ", i, " ok"))
			mu.Unlock()
		})
		fmt.Println("started", i)
	}
	wg.Wait()
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
	fmt.Println("main ends normally")
}
