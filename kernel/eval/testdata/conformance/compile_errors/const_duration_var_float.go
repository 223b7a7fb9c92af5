package main

import (
	"fmt"
	"time"
)

func main() {
	var d time.Duration = 2.5 * time.Second
	fmt.Println(d)
}
