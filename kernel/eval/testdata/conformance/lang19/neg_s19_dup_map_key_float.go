package main

import "fmt"

func main() {
	m := map[float64]string{0.5: "half", 1.0 / 2: "also"}
	fmt.Println(m)
}
