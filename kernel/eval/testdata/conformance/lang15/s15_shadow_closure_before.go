package main

import "fmt"

func main() {
	xs := []int{5, 6, 7}
	count := func() int { return len(xs) }
	len := count() + 1
	fmt.Println(len, count())
}
