package main

import "fmt"

type Flag bool

const on bool = true

func get() Flag { return on }

func main() {
	fmt.Println(get())
}
