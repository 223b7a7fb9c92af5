package main

import (
	"fmt"
	"sync"
)

type Code string

type Stage int

func (s Stage) String() string { return fmt.Sprintf("stage-%d", int(s)) }

func process(items []string, wg *sync.WaitGroup, results []string, i int) {
	defer wg.Done()
	if items[i] == "" {
		panic(Code("E_EMPTY"))
	}
	results[i] = "ok:" + items[i]
}

func main() {
	items := []string{"a", "b", "c"}
	results := make([]string, len(items))
	var wg sync.WaitGroup
	for i := range items {
		wg.Add(1)
		go process(items, &wg, results, i)
	}
	wg.Wait()
	fmt.Println(results)
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %v (%T)\n", r, r)
		}()
		panic(Stage(2))
	}()
	items[1] = ""
	done := make(chan struct{})
	wg.Add(1)
	go func() {
		process(items, &wg, results, 1)
		close(done)
	}()
	<-done
	fmt.Println("unreachable")
}
