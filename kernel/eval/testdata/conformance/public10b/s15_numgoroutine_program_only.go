package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// runtime.NumGoroutine counts the program's goroutines only: main, and those
// its go statements started that have not ended.
func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started, wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		started.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("three blocked:", runtime.NumGoroutine())
	close(release)
	wg.Wait()
	for runtime.NumGoroutine() > 1 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("all ended:", runtime.NumGoroutine())
	t := time.AfterFunc(time.Hour, func() {})
	tk := time.NewTicker(time.Hour)
	fmt.Println("a timer and a ticker are no goroutines:", runtime.NumGoroutine())
	t.Stop()
	tk.Stop()
}
