package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]string, 3)
	for i, name := range []string{"a", "b", "c"} {
		wg.Go(func() {
			results[i] = name + name
		})
	}
	wg.Wait()
	fmt.Println(results)
}
