package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var fired atomic.Int32
	done := make(chan struct{}, 2)
	t := time.AfterFunc(time.Hour, func() {
		fired.Add(1)
		done <- struct{}{}
	})
	fmt.Println("reset pending:", t.Reset(time.Millisecond))
	<-done
	fmt.Println("fired", fired.Load())
	fmt.Println("reset after fire:", t.Reset(time.Millisecond))
	<-done
	fmt.Println("fired", fired.Load())
	fmt.Println("stop:", t.Stop())
}
