package main

import "fmt"

type I interface{ Reader }

func main() {
	var i I
	fmt.Println(i)
}
