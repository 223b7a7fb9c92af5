package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		fmt.Println("bg")
	}
	time.Sleep(time.Millisecond)
}
