package main

import "fmt"

type Flags uint8

type Perm uint16

var names = []string{"r", "w", "x"}

func (f Flags) Known() Flags   { return f & (1<<len(names) - 1) }
func (f Flags) Unknown() Flags { return f &^ (1<<len(names) - 1) }

func main() {
	f := Flags(0xAB)
	fmt.Printf("%T %08b %08b\n", f.Known(), f.Known(), f.Unknown())
	n := 3
	var p Perm = 0x1FF
	low := p & (1<<n - 1)
	mid := p & ((1<<(2*n) - 1) &^ (1<<n - 1))
	fmt.Printf("%T %o %o\n", low, low, mid)
	mask := p ^ (1<<n | 1<<(n+1))
	fmt.Printf("%T %b\n", mask, mask)
	var u uint32 = 1 << 31
	fmt.Println(u|(1<<n+1), u>>31+(1<<n)*2)
}
