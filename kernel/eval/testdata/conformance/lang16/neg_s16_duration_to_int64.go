package main

import (
	"fmt"
	"time"
)

func main() {
	d := time.Second
	var n int64 = d
	fmt.Println(n)
}
