package main

import "fmt"

type Celsius = float64
type Temp Celsius

type List = []string

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func main() {
	var c Celsius = 20
	var f float64 = c
	t := Temp(c)
	l := List{"a"}
	l = append(l, "b")
	fmt.Printf("%T %T %T %v %v\n", c, t, l, f, t)
	fmt.Println(l)
}
