package main

import "fmt"

type Celsius float64
type Small int8

const boiling Celsius = 100
const s Small = 100

func main() {
	fmt.Println(boiling/3, boiling*1.5)
	fmt.Println(s+27, s/3, -s)
	const m = -7 % 3
	const q = -7 / 2
	fmt.Println(m, q, 7.0/2, 7/2)
	fmt.Printf("%T %v\n", boiling+1, boiling+1)
	const r = 'a' * 2
	fmt.Println(r, string(rune(r/2)))
	const big uint64 = 1<<64 - 1
	fmt.Println(big, big>>63)
}
