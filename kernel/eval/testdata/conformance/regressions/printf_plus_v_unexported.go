package main

import "fmt"

type point struct{ x, y int }

type named struct {
	Name  string
	inner point
	tags  []string
}

func main() {
	fmt.Printf("%+v\n", point{1, 2})
	fmt.Printf("%v\n", point{3, 4})
	fmt.Printf("%#v\n", point{5, 6})
	fmt.Printf("%+v\n", named{"a", point{7, 8}, []string{"x"}})
	fmt.Println(point{9, 10})
}
