package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

func main() {
	before := runtime.NumGoroutine()
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
		}()
	}
	fmt.Println(runtime.NumGoroutine()-before >= 5)
	close(start)
	wg.Wait()
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, false)
	fmt.Println(strings.HasPrefix(string(buf[:n]), "goroutine "))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.HeapAlloc > 0, ms.Sys >= ms.HeapSys)
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	fmt.Println(runtime.Compiler, runtime.GOROOT() != "" || true)
}
