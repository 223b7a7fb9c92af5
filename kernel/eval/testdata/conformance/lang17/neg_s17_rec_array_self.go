package main

import "fmt"

type Grid [2]Grid

func main() {
	var g Grid
	fmt.Println(g)
}
