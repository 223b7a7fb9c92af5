package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, out []string) {
	defer wg.Done()
	pc, file, line, ok := runtime.Caller(0)
	out[id] = fmt.Sprintf("%d %s %s:%d %v", id, runtime.FuncForPC(pc).Name(), filepath.Base(file), line, ok)
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, &wg, out)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
