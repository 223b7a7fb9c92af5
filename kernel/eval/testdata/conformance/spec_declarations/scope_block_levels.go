package main

import "fmt"

var x = "package"

func show() { fmt.Println("show:", x) }

func main() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		if x := "if"; true {
			fmt.Println(x)
		} else {
			fmt.Println("never", x)
		}
		fmt.Println(x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("for", x)
	}
	switch x := 42; {
	case x > 0:
		fmt.Println("switch", x)
	}
	fmt.Println(x)
	show()
}
