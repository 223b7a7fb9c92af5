package main

import "fmt"

type P struct{ X int }
type PP *P
type QQ *P

func main() {
	var a PP = &P{1}
	var b QQ = a
	fmt.Println(b)
}
