package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range t.C {
		n++
		if n == 3 {
			break
		}
	}
	t.Reset(time.Hour)
	select {
	case <-t.C:
		fmt.Println("unexpected tick")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("no tick after Reset(hour)")
	}
	t.Stop()
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("tick after Reset on stopped ticker")
	t.Stop()
	fmt.Println("ticks:", n)
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
