package main

import (
	"fmt"
	"time"
)

func main() {
	n := 5
	var d time.Duration = n
	fmt.Println(d)
}
