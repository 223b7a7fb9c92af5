package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("start")
	go func() {
		var m map[string]int
		m["x"] = 1
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
