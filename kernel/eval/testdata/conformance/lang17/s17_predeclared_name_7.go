package main

import "fmt"

type any int

func main() {
	var x any = 3
	fmt.Println(x)
	fmt.Printf("%T\n", x)
}
