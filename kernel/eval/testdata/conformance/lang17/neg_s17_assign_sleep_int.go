package main

import "time"

func main() {
	n := 5
	time.Sleep(n * time.Millisecond)
}
