package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](x T) bool {
	var z T
	return x == z
}

func OrDefault[T comparable](x, def T) T {
	if IsZero(x) {
		return def
	}
	return x
}

func NewOf[T any]() *T { return new(T) }

type Config struct {
	Name string
	Port int
}

func main() {
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Printf("%+v\n", Zero[Config]())
	fmt.Println(IsZero(0), IsZero("x"), IsZero(Config{}), IsZero(Config{Port: 1}))
	fmt.Println(OrDefault("", "anon"), OrDefault(8080, 80), OrDefault(0, 80))
	p := NewOf[Config]()
	p.Name = "srv"
	fmt.Printf("%+v\n", *p)
	q := NewOf[float64]()
	*q += 1.5
	fmt.Println(*q)
}
