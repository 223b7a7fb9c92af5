package main

import (
	"fmt"
	"time"
)

// time.After's channel, never received from: a deadlock.
func main() {
	c := time.After(time.Hour)
	_ = c
	fmt.Println("waiting")
	select {}
}
