package main

import "fmt"

type Cfg struct{ M map[string]int }

func main() {
	a, b := Cfg{}, Cfg{}
	fmt.Println(a == b)
}
