package main

import "fmt"

func main() {
	var x any = 1
	fmt.Println(x.(type))
}
