package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	q, label := divmod(7, 2), "result"
	fmt.Println(q, label)
}
