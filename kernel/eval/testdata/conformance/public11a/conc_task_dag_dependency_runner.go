package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Task struct {
	Name string
	Deps []string
	Cost int
}

// run starts every task in its own goroutine; a task waits on the done
// channels of its dependencies, then records the level it ran at.
func run(tasks []Task) (map[string]int, error) {
	done := map[string]chan struct{}{}
	for _, t := range tasks {
		done[t.Name] = make(chan struct{})
	}
	for _, t := range tasks {
		for _, d := range t.Deps {
			if _, ok := done[d]; !ok {
				return nil, fmt.Errorf("task %s: unknown dependency %q", t.Name, d)
			}
		}
	}
	level := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lv := 0
			for _, d := range t.Deps {
				<-done[d]
				mu.Lock()
				lv = max(lv, level[d]+1)
				mu.Unlock()
			}
			mu.Lock()
			level[t.Name] = lv
			mu.Unlock()
			close(done[t.Name])
		}()
	}
	wg.Wait()
	return level, nil
}

func main() {
	tasks := []Task{
		{"deploy", []string{"test", "build-image"}, 3},
		{"fetch", nil, 1},
		{"compile", []string{"fetch"}, 5},
		{"lint", []string{"fetch"}, 1},
		{"test", []string{"compile", "lint"}, 4},
		{"build-image", []string{"compile"}, 2},
		{"docs", nil, 1},
	}
	level, err := run(tasks)
	if err != nil {
		panic(err)
	}
	byLevel := map[int][]string{}
	maxLv := 0
	for n, l := range level {
		byLevel[l] = append(byLevel[l], n)
		maxLv = max(maxLv, l)
	}
	for l := 0; l <= maxLv; l++ {
		sort.Strings(byLevel[l])
		fmt.Printf("level %d: %s\n", l, strings.Join(byLevel[l], ", "))
	}
	_, err = run([]Task{{"a", []string{"ghost"}, 1}})
	fmt.Println("error:", err)
}
