package main

import (
	"fmt"
	"time"
)

func main() {
	n := 3
	d := time.Second
	fmt.Println(d * n)
}
