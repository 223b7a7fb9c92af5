package main

import (
	"fmt"
	"time"
)

func main() {
	secs := 3
	var wait time.Duration
	wait = secs
	fmt.Println(wait * time.Second)
}
