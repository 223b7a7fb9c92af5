package main

import (
	"fmt"
	"strings"
	"sync"
)

type Doc struct {
	Name string
	Body string
}

func main() {
	docs := []Doc{
		{"a.txt", "go is fun and go is fast"},
		{"b.txt", "channels and goroutines"},
		{"c.txt", "share memory by communicating"},
		{"d.txt", ""},
	}
	counts := make([]int, len(docs))
	longest := make([]string, len(docs))
	var wg sync.WaitGroup
	for i, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ws := strings.Fields(d.Body)
			counts[i] = len(ws)
			for _, w := range ws {
				if len(w) > len(longest[i]) {
					longest[i] = w
				}
			}
		}()
	}
	wg.Wait()
	for i, d := range docs {
		fmt.Printf("%-6s words=%d longest=%q\n", d.Name, counts[i], longest[i])
	}
	results := make(chan string, len(docs))
	for _, d := range docs {
		go func(d Doc) {
			results <- strings.ToUpper(d.Name)
		}(d)
	}
	seen := map[string]bool{}
	for range docs {
		seen[<-results] = true
	}
	fmt.Println(len(seen), seen["C.TXT"], seen["Z.TXT"])
}
