package main

import "fmt"

func main() {
	s := []int{1, 2}
	var avg float64 = 10 / len(s)
	fmt.Println(avg)
}
