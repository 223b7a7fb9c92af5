package main

import "fmt"

type Num interface{ int | float64 }

func main() {
	var m map[string]Num
	fmt.Println(m)
}
