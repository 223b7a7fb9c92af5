package main

import "fmt"

// Celsius is a defined type: a value of it is not an int without a
// conversion.
type Celsius int

func main() {
	t := Celsius(21)
	var u int = t
	fmt.Println(u)
}
