package main

import "fmt"

type Weekday int

func main() {
	d := Weekday(2)
	n := 3
	fmt.Println(d + n)
}
