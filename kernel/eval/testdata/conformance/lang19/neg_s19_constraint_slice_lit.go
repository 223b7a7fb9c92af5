package main

import "fmt"

type Num interface{ ~int | ~float64 }

func main() {
	xs := []Num{}
	fmt.Println(len(xs))
}
