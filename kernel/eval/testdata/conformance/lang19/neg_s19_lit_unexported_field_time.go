package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Time{wall: 1}
	fmt.Println(t)
}
