package main

import "fmt"

type Flag bool

const on bool = true

func show(f Flag) { fmt.Println(f) }

func main() {
	show(on)
}
