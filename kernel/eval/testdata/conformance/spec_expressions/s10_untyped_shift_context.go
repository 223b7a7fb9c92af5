package main

import "fmt"

// A non-constant shift of an untyped constant (1 << n) takes the type its
// constant would take in the context: the parameter's type in a call, uint
// as a shift count, the element type in an index. The interpreter kept an
// int's place for it and panicked ("reflect: call of reflect.Value.SetUint
// on int Value", "... Value.Uint on int Value").

func low(w uint64) uint64 { return w & -w }

func pow(x int) int { return 1 << (1 << (1 << uint(x))) }

func main() {
	var table [64]int
	for i := 0; i < 7; i++ {
		table[uint64(1)<<uint(i)>>1] = i
		fmt.Print(low(1<<uint(i)), " ")
	}
	fmt.Println()
	fmt.Println(pow(2), pow(1), table[:5])
	n := 3
	var u8 uint8 = 1 << n
	fmt.Println(u8, 1<<(1<<n), uint16(1<<n)<<2)
}
