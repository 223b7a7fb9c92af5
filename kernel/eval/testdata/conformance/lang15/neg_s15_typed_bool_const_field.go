package main

import "fmt"

type Flag bool

const on bool = true

type Opt struct{ F Flag }

func main() {
	fmt.Println(Opt{F: on})
}
