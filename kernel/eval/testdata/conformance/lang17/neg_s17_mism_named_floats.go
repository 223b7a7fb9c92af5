package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius = 10
	var f Fahrenheit = 50
	fmt.Println(c + f)
}
