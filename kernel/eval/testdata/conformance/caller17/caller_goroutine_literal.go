package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan string)
	go func() {
		pc, _, line, ok := runtime.Caller(0)
		_, _, _, ok1 := runtime.Caller(1)
		pc2, _, _, _ := runtime.Caller(1)
		done <- fmt.Sprint(runtime.FuncForPC(pc).Name(), " ", line, " ", ok, " ", ok1, " ", runtime.FuncForPC(pc2).Name())
	}()
	fmt.Println(<-done)
	go func(n int) {
		_, _, line, _ := runtime.Caller(0)
		done <- fmt.Sprint(n, " ", line)
	}(7)
	fmt.Println(<-done)
}
