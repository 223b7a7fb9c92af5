package main

import "fmt"

func main() {
	var a [4]int
	i := 1
	fmt.Println(a[i:10])
}
