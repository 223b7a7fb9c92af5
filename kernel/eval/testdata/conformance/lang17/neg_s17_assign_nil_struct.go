package main

import "fmt"

type P struct{ X int }

func main() {
	var p P = nil
	fmt.Println(p)
}
