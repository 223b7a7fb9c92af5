package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired")
	fmt.Println("stop fired:", t.Stop())

	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	// Go 1.23: Reset discards a stale value; no drain needed
	t2.Reset(time.Hour)
	select {
	case <-t2.C:
		fmt.Println("stale value received")
	default:
		fmt.Println("no stale value")
	}
	t2.Stop()

	t3 := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("stop expired unread:", t3.Stop())
	select {
	case <-t3.C:
		fmt.Println("got value")
	default:
		fmt.Println("channel empty after Stop")
	}
	fmt.Println("len cap:", len(t3.C), cap(t3.C))

	count := 0
	var af *time.Timer
	done := make(chan bool)
	af = time.AfterFunc(time.Millisecond, func() {
		count++
		if count < 3 {
			af.Reset(time.Millisecond)
			return
		}
		done <- true
	})
	<-done
	fmt.Println("afterfunc count:", count)
}
