package main

import "fmt"

var calls int

func pair() (int, string) {
	calls++
	return 7, "seven"
}

var n, s = pair()

var total = n + len(s)

func init() {
	fmt.Println("init sees", n, s, total, "calls:", calls)
}

func main() {
	fmt.Println("main sees", n, s, total)
}
