package main

import "time"

func main() {
	time.Sleep(1.5)
}
