package main

import (
	"fmt"
	"time"
)

// time.Tick of a non-positive duration is nil.
func main() {
	fmt.Println(time.Tick(0) == nil, time.Tick(-time.Second) == nil)
	c := time.Tick(5 * time.Millisecond)
	<-c
	<-c
	fmt.Println("two ticks")
}
