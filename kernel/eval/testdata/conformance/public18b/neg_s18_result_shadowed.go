package main

import "fmt"

func f() (x int) {
	{
		x := 2
		fmt.Println(x)
		return
	}
}

func main() {
	fmt.Println(f())
}
