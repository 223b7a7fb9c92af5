package main

import (
	"fmt"
	"time"
)

func main() {
	var n int64 = 5
	time.Sleep(n)
	fmt.Println("x")
}
