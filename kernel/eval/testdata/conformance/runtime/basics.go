package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where() string {
	pc, file, line, ok := runtime.Caller(0)
	fn := runtime.FuncForPC(pc)
	return fmt.Sprint(ok, line > 0, strings.HasSuffix(file, ".go"), fn != nil)
}

func main() {
	fmt.Println(runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0)
	fmt.Println(runtime.GOOS != "", runtime.GOARCH != "", strings.HasPrefix(runtime.Version(), "go"))
	fmt.Println(runtime.NumGoroutine() >= 1)
	done := make(chan bool)
	go func() {
		runtime.Gosched()
		done <- true
	}()
	<-done
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.Alloc > 0, m.NumGC >= 0)
	runtime.GC()
	fmt.Println(where())
	runtime.KeepAlive(done)
}
