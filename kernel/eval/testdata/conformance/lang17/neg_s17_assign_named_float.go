package main

import "fmt"

type Celsius float64

func main() {
	var c Celsius = 20
	var f float64 = c
	fmt.Println(f)
}
