package main

import "fmt"

const a = 2 + 3.0
const b = 15 / 4
const c = 15 / 4.0
const Θ float64 = 3 / 2
const Π float64 = 3 / 2.
const d = 1 << 3.0
const e = 1.0 << 3
const h = "foo" > "bar"
const j = true
const k = 'w' + 1
const l = "hi" + string(rune(k))
const m = string(rune(k))
const Σ = 1 - 0.707i
const Δ = Σ + 2.0e-4
const Φ = iota*1i - 1/1i

const Huge = 1 << 100
const Four int8 = Huge >> 98

func main() {
	fmt.Println(a, b, c, Θ, Π, d, e, h, j, k, l, m)
	fmt.Println(Σ, Δ, Φ)
	fmt.Printf("%T %T %T %T %T\n", a, b, c, k, Σ)
	fmt.Println(Four, ^1, uint8(^1&0xff), ^int8(1))
	const x = 'a' * 2.0
	fmt.Printf("%T %v\n", x, x)
	fmt.Println(int8(^1), -5>>1, 5.0/2, 5/2)
	const ic = 'a' + 1.0
	fmt.Printf("%T %v\n", ic, ic)
}
