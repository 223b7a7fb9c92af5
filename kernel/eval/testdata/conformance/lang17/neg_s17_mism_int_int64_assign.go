package main

import "fmt"

func main() {
	var total int64
	n := 3
	total += n
	fmt.Println(total)
}
