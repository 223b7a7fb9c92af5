package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	inputs := []string{"one", "two", "three", "four", "five", "six"}
	out := make([]string, len(inputs))
	var wg sync.WaitGroup
	for i, s := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = fmt.Sprintf("%d:%s", i, strings.Repeat(s, 2))
		}()
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
