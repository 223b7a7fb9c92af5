package main

import "fmt"

type Num interface{ int | float64 }

type Box struct {
	v Num
}

func main() {
	fmt.Println(Box{})
}
