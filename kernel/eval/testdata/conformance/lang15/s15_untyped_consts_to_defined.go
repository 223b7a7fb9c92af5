package main

import "fmt"

type B bool
type ID int
type Celsius float64
type Name string
type Letter rune
type Octet byte

const (
	k = true
	n = 3
	t = 21.5
	s = "go"
	r = 'a'
	o = 7
)

type Opt struct {
	F B
	I ID
}

func show(b B, c Celsius) string { return fmt.Sprint(b, c) }

func main() {
	var b B = k
	var id ID = n
	var c Celsius = t
	var nm Name = s
	var l Letter = r
	var oc Octet = o
	fmt.Println(b, id, c, nm, l, oc)
	b = !k
	fmt.Println(b, b == k, show(k, t), Opt{F: k, I: n})
	const local = false
	var b2 B = local || b == true
	fmt.Println(b2, B(true) && k, 1 < 2 == b)
	m := map[Name]B{s: k}
	fmt.Println(m)
}
