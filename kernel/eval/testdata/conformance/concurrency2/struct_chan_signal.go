package main

import (
	"fmt"
	"unsafe"
)

func main() {
	done := make(chan struct{})
	var order []int
	go func() {
		order = append(order, 1)
		done <- struct{}{}
	}()
	<-done
	order = append(order, 2)
	fmt.Println(order)
	fmt.Println("size", unsafe.Sizeof(struct{}{}))
	signals := make(chan struct{}, 3)
	for i := 0; i < 3; i++ {
		signals <- struct{}{}
	}
	close(signals)
	n := 0
	for range signals {
		n++
	}
	fmt.Println("signals", n)
}
