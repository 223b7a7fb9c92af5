package main

import "fmt"

// A goroutine's closure captures the slice: it escapes, whether the
// goroutine runs it or a closure it calls.
func main() {
	done := make(chan bool)
	var a []int
	a = append(a, 1)
	go func() {
		fmt.Println("a", len(a), cap(a))
		done <- true
	}()
	<-done
	var b []int
	b = append(b, 1)
	show := func() {
		fmt.Println("b", len(b), cap(b))
		done <- true
	}
	go show()
	<-done
}
