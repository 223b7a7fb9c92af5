package main

import "fmt"

var x = "package"

func show() { fmt.Println(x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 1; x > 0 {
		fmt.Println("if", x)
	}
	fmt.Println(x)
	show()
	for x := 0; x < 1; x++ {
		fmt.Println("for", x)
	}
}
