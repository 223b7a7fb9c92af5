package main

import "fmt"

type Score int

func main() {
	total := 0
	var s Score = 5
	total += s
	fmt.Println(total)
}
