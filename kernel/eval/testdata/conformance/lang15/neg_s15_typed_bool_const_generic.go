package main

import "fmt"

type B bool

const k bool = true

func pick[T ~bool](v T) T { return v }

func main() {
	var b B = pick(k)
	fmt.Println(b)
}
