package main

import "fmt"

type Letter rune

const r rune = 0x61

func main() {
	var l Letter = r
	fmt.Println(l)
}
