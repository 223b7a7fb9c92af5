package main

import "fmt"

type A struct {
	Name string `json:"name"`
	Age  int    `json:"age"`
}

type B struct {
	Name string
	Age  int
}

type Celsius float64
type Fahrenheit float64

func main() {
	a := A{"x", 3}
	b := B(a)
	fmt.Println(b, A(b) == a)
	anon := struct {
		Name string
		Age  int
	}{"y", 4}
	a = A(anon)
	b = anon
	fmt.Println(a, b)
	c := Celsius(100)
	f := Fahrenheit(c*9/5 + 32)
	fmt.Println(f)
	type Ints []int
	var is Ints = []int{1, 2}
	raw := []int(is)
	raw[0] = 9
	fmt.Println(is)
}
