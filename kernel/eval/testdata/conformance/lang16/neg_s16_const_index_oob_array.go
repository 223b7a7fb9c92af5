package main

import "fmt"

func main() {
	a := [3]int{}
	fmt.Println(a[5])
}
