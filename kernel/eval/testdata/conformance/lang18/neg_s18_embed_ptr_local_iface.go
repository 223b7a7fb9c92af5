package main

import "fmt"

type Shape interface{ Area() float64 }

type Holder struct{ *Shape }

func main() {
	fmt.Println(Holder{})
}
