package main

import "fmt"

func producer(prefix string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- fmt.Sprintf("%s%d", prefix, i)
		}
	}()
	return ch
}

func main() {
	a := producer("a", 3)
	b := producer("b", 5)
	counts := map[string]int{}
	var last = map[string]string{}
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				counts["closed"]++
				continue
			}
			counts["a"]++
			last["a"] = v
		case v, ok := <-b:
			if !ok {
				b = nil
				counts["closed"]++
				continue
			}
			counts["b"]++
			last["b"] = v
		}
	}
	fmt.Println(counts, last)
}
