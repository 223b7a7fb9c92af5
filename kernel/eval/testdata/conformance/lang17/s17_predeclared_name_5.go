package main

import "fmt"

type int float64

func main() {
	var a [3]int
	for i := range a {
		fmt.Println(i, a[i])
	}
}
