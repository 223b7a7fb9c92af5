package main

import "fmt"

type Celsius float64

const t float64 = 21.5

func main() {
	var c Celsius = t
	fmt.Println(c)
}
