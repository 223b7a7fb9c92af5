package main

import (
	"fmt"
	"runtime"
)

func task(done chan []string) {
	var names []string
	for i := 0; ; i++ {
		pc, _, _, ok := runtime.Caller(i)
		if !ok {
			break
		}
		names = append(names, runtime.FuncForPC(pc).Name())
	}
	done <- names
}

func main() {
	done := make(chan []string)
	go task(done)
	fmt.Println(<-done)
}
