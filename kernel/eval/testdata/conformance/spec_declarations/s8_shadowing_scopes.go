package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	if x := 1; x > 0 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("never", y)
	} else {
		fmt.Println("else", x, y)
	}
	{
		x := 3.5
		fmt.Println("block", x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("for", x)
	}
	fmt.Println(x)
	err := fmt.Errorf("outer")
	if true {
		_, err := fmt.Println("inner print")
		_ = err
	}
	fmt.Println(err)
}
