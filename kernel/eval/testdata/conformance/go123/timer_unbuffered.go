package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	t.Reset(time.Hour)
	select {
	case <-t.C:
		fmt.Println("stale value received")
	default:
		fmt.Println("no stale value")
	}
	fmt.Println(len(t.C), cap(t.C))
	t.Stop()
}
