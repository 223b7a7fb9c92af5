package main

import "fmt"

type B bool

func main() {
	someBool := true
	var b B = someBool
	fmt.Println(b)
}
