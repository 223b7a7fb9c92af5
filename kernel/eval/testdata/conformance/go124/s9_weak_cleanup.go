package main

import (
	"fmt"
	"runtime"
	"weak"
)

type blob struct{ data [64]byte }

func main() {
	b := &blob{}
	b.data[0] = 7
	wp := weak.Make(b)
	fmt.Println(wp.Value() == b, wp.Value().data[0])
	done := make(chan int, 1)
	runtime.AddCleanup(b, func(n int) { done <- n }, 42)
	runtime.KeepAlive(b)
	var nilPtr *blob
	fmt.Println(weak.Make(nilPtr).Value() == nil)
}
