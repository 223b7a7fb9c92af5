package main

import "fmt"

func main() {
	const a = [2]int{1, 2}
	fmt.Println(a)
}
