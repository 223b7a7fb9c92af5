package main

import "fmt"

type Num interface{ ~int | ~float64 }

func main() {
	m := map[string]Num{}
	fmt.Println(len(m))
}
