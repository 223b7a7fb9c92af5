package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	c := Celsius(20)
	f := Fahrenheit(68)
	fmt.Println(c + f)
}
