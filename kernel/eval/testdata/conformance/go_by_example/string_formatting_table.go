package main

import (
	"fmt"
	"strings"
)

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.1}}
	fmt.Printf("%-12s|%5s|%8s\n", "item", "qty", "price")
	fmt.Println(strings.Repeat("-", 27))
	total := 0.0
	for _, r := range rows {
		fmt.Printf("%-12s|%5d|%8.2f\n", r.name, r.qty, r.price*float64(r.qty))
		total += r.price * float64(r.qty)
	}
	fmt.Printf("%-12s|%5s|%8.2f\n", "total", "", total)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%v %.3v %10.4v|\n", 3.14159, "abcdef", 2.0/3)
}
