package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	logs := make([][]string, 3)
	for i := range logs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					logs[i] = append(logs[i], fmt.Sprint("recovered ", r))
				}
			}()
			for j := 0; j < 3; j++ {
				defer func() { logs[i] = append(logs[i], fmt.Sprint("defer ", j)) }()
			}
			if i == 1 {
				panic("worker 1")
			}
			logs[i] = append(logs[i], "body")
		}()
	}
	wg.Wait()
	for i, l := range logs {
		fmt.Println(i, l)
	}
}
