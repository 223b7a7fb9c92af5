package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(time.Millisecond)
	n := 0
	for range t.C {
		n++
		if n == 3 {
			t.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	t.Reset(time.Millisecond)
	<-t.C
	t.Stop()
	fmt.Println("after reset tick")

	timer := time.NewTimer(time.Millisecond)
	<-timer.C
	fmt.Println("fired; stop reports:", timer.Stop())
	timer.Reset(time.Millisecond)
	<-timer.C
	fmt.Println("fired again")

	fired := make(chan string, 1)
	af := time.AfterFunc(time.Hour, func() { fired <- "late" })
	fmt.Println("stopped before firing:", af.Stop())
	af.Reset(time.Millisecond)
	fmt.Println(<-fired)

	d := 1500 * time.Millisecond
	fmt.Println(d, d.Round(time.Second), d.Truncate(time.Second), d.Seconds())
}
