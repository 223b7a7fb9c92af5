package main

import "fmt"

type Number interface{ int | float64 }

type Box struct{ V Number }

func main() {
	fmt.Println(Box{})
}
