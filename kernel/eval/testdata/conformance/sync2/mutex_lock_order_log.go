package main

import (
	"fmt"
	"strings"
	"sync"
)

type Logger struct {
	mu    sync.Mutex
	lines []string
}

func (l *Logger) Printf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func main() {
	var l Logger
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				l.Printf("g%d-%d", i, j)
			}
		}()
	}
	wg.Wait()
	count := map[string]int{}
	for _, s := range l.lines {
		g, _, _ := strings.Cut(s, "-")
		count[g]++
	}
	fmt.Println(len(l.lines), count)
}
